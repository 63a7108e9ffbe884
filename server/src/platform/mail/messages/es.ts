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
    'profile.request_received': {
      subject: '{person} te pide que apruebes un cambio de {fields}',
      intro: '{person} ha pedido cambiar {fields}. El cambio está pendiente de tu decisión.',
      closing: 'Mira qué cambia y apruébalo o recházalo en Portico.',
    },
    'profile.request_approved': {
      subject: 'Se ha aprobado tu cambio de {fields}',
      intro: 'Se ha aprobado tu cambio de {fields}.',
      closing: 'En Portico ves cuándo se aplica.',
    },
    'profile.request_rejected': {
      subject: 'No se ha aprobado tu cambio de {fields}',
      intro: 'No se ha aprobado tu cambio de {fields}.',
      closing: 'El motivo está en Portico, donde puedes volver a pedirlo.',
    },
    'profile.bank_requested': {
      subject: 'Se ha pedido cambiar la cuenta bancaria en la que cobras',
      intro: 'El {at}, alguien que inició sesión en Portico como tú pidió cambiar la cuenta bancaria en la que cobras tu salario.',
      closing:
        'Si has sido tú, no tienes que hacer nada. Si no, retira la solicitud en Portico y avisa a RR. HH. enseguida: la cuenta nueva no se usa hasta que RR. HH. la apruebe y pase un plazo de seguridad.',
    },
    'profile.bank_applied': {
      subject: 'Ha cambiado la cuenta bancaria en la que cobras',
      intro: 'El {at} se cambió en tu ficha la cuenta bancaria en la que cobras tu salario.',
      closing: 'Si no lo has pedido tú, avisa a RR. HH. enseguida.',
    },
  },
  targets: { firstResponse: 'primera respuesta', resolution: 'resolución' },
  fieldNames: {
    legalName: 'tu nombre legal',
    preferredName: 'tu nombre preferido',
    pronouns: 'tus pronombres',
    dateOfBirth: 'tu fecha de nacimiento',
    personalEmail: 'tu correo personal',
    phones: 'tus teléfonos',
    homeAddress: 'tu domicilio',
    emergencyContacts: 'tus contactos de emergencia',
    bankAccount: 'tu cuenta bancaria',
    nationalId: 'tu documento de identidad',
  },
  open: 'Abrir en Portico',
  footer: 'Enviado por Portico, tu portal de RR. HH. Las respuestas a este correo no se leen: responde en Portico.',
};
