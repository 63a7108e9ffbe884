import type { MailCatalogue } from './catalogue';

const update = {
  confidentialSubject: 'Hay novedades en tu solicitud {reference}',
  confidentialIntro: 'Hay novedades en tu solicitud {reference}. Inicia sesión en Portico para verlas.',
};

export const es: MailCatalogue = {
  kinds: {
    'ticket.received': {
      subject: '[{reference}] Hemos recibido tu solicitud: {title}',
      intro: 'Hemos recibido tu solicitud {reference}, «{title}». Alguien de RR. HH. te responderá por aquí y en Portico.',
      closing: 'Puedes seguir tu solicitud y añadir detalles y archivos en Portico.',
      ...update,
    },
    'ticket.replied': {
      subject: '[{reference}] Nueva respuesta a tu solicitud: {title}',
      intro: 'RR. HH. ha respondido a tu solicitud {reference}, «{title}»:',
      closing: 'Lee la conversación completa y responde en Portico.',
      ...update,
    },
    'ticket.resolved': {
      subject: '[{reference}] Tu solicitud está resuelta: {title}',
      intro: 'Tu solicitud {reference}, «{title}», se ha resuelto.',
      closing: 'Si tu consulta no ha quedado resuelta, vuelve a abrirla en Portico en los próximos 14 días. Allí también puedes valorar la respuesta.',
      ...update,
    },
    'ticket.breach': {
      subject: '[{reference}] Objetivo de {target} incumplido: {title}',
      intro: 'La solicitud {reference}, «{title}», ha incumplido su objetivo de {target}.',
      closing: 'Ábrela en Portico para ver quién la tiene y a qué está esperando.',
      confidentialSubject: 'La solicitud {reference} requiere atención',
      confidentialIntro: 'La solicitud {reference} requiere atención. Inicia sesión en Portico para verla.',
    },
  },
  targets: { firstResponse: 'primera respuesta', resolution: 'resolución' },
  open: 'Abrir en Portico',
  footer: 'Enviado por Portico, tu portal de RR. HH. Las respuestas a este correo no se leen: responde en Portico.',
};
