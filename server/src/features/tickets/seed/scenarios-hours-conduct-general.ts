import { isoDay, type Scenario } from './scenario';

/* Working arrangements, misconduct reports (confidential) and general questions. */

export const hoursConductAndGeneralScenarios: Scenario[] = [
  {
    requestTypeId: 'change-of-working-hours',
    answers: ({ created, language, details }) => ({
      change: 'fewer-hours',
      currentHours: language === 'es' ? '40 horas, de lunes a viernes' : '40 hours, Monday to Friday',
      requestedHours: language === 'es' ? '32 horas, de lunes a jueves' : '32 hours, Monday to Thursday',
      startDate: isoDay(created, 40),
      managerAgreed: 'yes',
      reason: details ?? null,
    }),
    en: {
      question:
        'Request to work four days a week\nI would like to reduce my hours to 32 a week, Monday to Thursday, to look after my daughter on Fridays. My manager has agreed.',
      details: 'Childcare on Fridays.',
      reply: 'Thanks, I have everything I need. I will prepare the contract amendment and send it to you and your manager for signature.',
      note: 'Manager approval confirmed by email. Pro-rata 0.8: salary, leave and gym allowance; check the pension percentage applies to the new salary.',
      resolution:
        'The amendment is ready and signed on our side: 32 hours a week, Monday to Thursday, from the date you asked. Salary and annual leave are pro-rated to 80%; your benefits stay as they are. You should have the e-signature email in your inbox.',
    },
    es: {
      question:
        'Solicitud de reducción de jornada por cuidado de mi hija\nQuiero reducir mi jornada a 32 horas semanales, de lunes a jueves, para cuidar de mi hija los viernes. Mi responsable está de acuerdo.',
      details: 'Guarda legal: cuidado de mi hija los viernes.',
      reply: 'Gracias, tengo todo lo que necesito. Preparo el anexo al contrato y os lo envío a ti y a tu responsable para firmar.',
      note: 'Confirmada la aprobación del responsable por correo. Reducción por guarda legal al 80 %: revisar el registro de jornada en Timecard.',
      resolution:
        'Ya está el anexo firmado por nuestra parte: reducción de jornada por guarda legal al 80 %, de lunes a jueves, desde la fecha que pediste. El salario se reduce en la misma proporción. Te ha llegado un correo para firmarlo electrónicamente.',
    },
  },
  {
    requestTypeId: 'change-of-working-hours',
    answers: ({ created, language }) => ({
      change: 'compressed-week',
      currentHours: language === 'es' ? '40 horas, 8 al día' : '40 hours, 8 a day',
      requestedHours: language === 'es' ? '40 horas en 4 días de 10' : '40 hours in four days of 10',
      startDate: isoDay(created, 30),
      managerAgreed: 'not-yet',
      reason: null,
    }),
    en: {
      question: 'Could I work a compressed week, four days of 10 hours?\nSame 40 hours, but Monday to Thursday. I have not talked to my manager yet.',
      ask: 'Thanks for the request. Please talk to your manager first: a compressed week needs their agreement so the team is covered on the fifth day. Let us know here once they have agreed.',
      answer: 'My manager agreed today; she will confirm by email.',
      resolution:
        "Got your manager's confirmation, thank you. The compressed week, Monday to Thursday from 8:00 to 19:00 with an hour for lunch, starts on the date you asked as a six-month trial; we will check in with you both before it ends.",
    },
    es: {
      question:
        '¿Puedo hacer semana comprimida, cuatro días de 10 horas?\nLas mismas 40 horas, pero de lunes a jueves. Aún no lo he hablado con mi responsable.',
      ask: 'Gracias por la solicitud. Háblalo primero con tu responsable: la semana comprimida necesita su visto bueno para que el equipo quede cubierto el quinto día. Avísanos por aquí cuando esté de acuerdo.',
      answer: 'Mi responsable me ha dicho hoy que sí; os lo confirma por correo.',
      resolution:
        'Recibida la confirmación, gracias. La semana comprimida, de lunes a jueves de 8:00 a 19:00 con una hora para comer, empieza en la fecha que pediste como prueba de seis meses. Recuerda registrar la jornada en Timecard; antes de que acabe la prueba lo revisamos con vosotros.',
    },
  },
  {
    requestTypeId: 'change-of-working-hours',
    answers: ({ created, language, details }) => ({
      change: 'more-hours',
      currentHours: language === 'es' ? '30 horas' : '30 hours',
      requestedHours: language === 'es' ? '40 horas' : '40 hours',
      startDate: isoDay(created, 21),
      managerAgreed: 'yes',
      reason: details ?? null,
    }),
    en: {
      question: 'Going back to full time\nI have worked 30 hours since I came back from parental leave and would like to go back to full time.',
      details: 'Back to full time now that my son has a nursery place.',
      resolution:
        'Done: the amendment back to full time is signed, from the date you asked. Your salary returns to the full-time rate from that payroll, and your leave allowance for the rest of the year is recalculated.',
    },
    es: {
      question: 'Volver a jornada completa\nDesde que volví del permiso por nacimiento trabajo 30 horas y quiero volver a 40.',
      details: 'Mi hijo ya tiene plaza en la escuela infantil.',
      resolution:
        'Hecho: el anexo para volver a jornada completa está firmado, desde la fecha que pediste. El salario vuelve a ser el de jornada completa desde esa nómina y el saldo de vacaciones del año se recalcula.',
    },
  },
  {
    requestTypeId: 'change-of-working-hours',
    answers: ({ created, language }) => ({
      change: 'another-pattern',
      currentHours: language === 'es' ? 'De 9:00 a 18:00' : '9:00 to 17:30',
      requestedHours: language === 'es' ? 'De 7:30 a 16:30' : '7:30 to 16:00',
      startDate: isoDay(created, 7),
      managerAgreed: 'yes',
      reason: null,
    }),
    en: {
      question: 'Can I start at 7:30 and finish earlier?\nI would like to move my day earlier because of my commute. Same hours, my manager is fine with it.',
      resolution:
        'Good news: no contract change is needed. Flexitime lets you start any time between 7:30 and 10:00, as long as you are available during core hours, 10:00 to 16:00. Just put your working hours in your calendar so people know.',
    },
    es: {
      question:
        '¿Puedo entrar a las 7:30 y salir antes?\nMe gustaría adelantar mi horario por el transporte. Las mismas horas; a mi responsable le parece bien.',
      resolution:
        'Buenas noticias: no hace falta cambiar el contrato. Con el horario flexible puedes empezar entre las 7:30 y las 10:00, siempre que estés disponible en el horario central, de 10:00 a 16:00. Pon tu horario en el calendario para que el equipo lo sepa.',
    },
  },
  {
    requestTypeId: 'report-harassment-or-misconduct',
    answers: ({ created, details }) => ({ concern: 'harassment', description: details!, when: isoDay(created, -3), witnesses: null, contact: 'portal' }),
    en: {
      question:
        'I want to report repeated comments about my appearance\nFor several weeks a colleague has made comments about my appearance in meetings and in chat. I asked him to stop, but it continues.',
      details:
        'Comments about how I look and dress, in team meetings and in direct messages. Two people from my team heard some of them. I have screenshots of the messages.',
      ask: 'Thank you for telling us. Only the Head of People and the person handling this can see it. Could we talk by video tomorrow? You are welcome to bring someone you trust.',
      answer: 'Yes, tomorrow at 11 works for me. I will join on my own.',
      note: 'Call held. Employee shared screenshots. Formal investigation opened; witness interviews next week. Interim measure: no 1:1 meetings between the two.',
      resolution:
        'Thank you again for speaking up. We have finished our investigation and acted under the anti-harassment policy. We cannot share the measures that concern another person, but the behaviour you reported must stop; if anything like it happens again, or you notice any retaliation, tell us straight away. The employee assistance programme is there for you too, free and confidential.',
    },
    es: {
      question:
        'Quiero denunciar comentarios repetidos sobre mi aspecto\nDesde hace varias semanas un compañero hace comentarios sobre mi aspecto en reuniones y por chat. Le pedí que parara, pero sigue.',
      details:
        'Comentarios sobre mi físico y mi forma de vestir, en reuniones de equipo y en mensajes directos. Dos personas del equipo oyeron algunos. Tengo capturas de los mensajes.',
      ask: 'Gracias por contárnoslo. Solo lo vemos la directora de Personas y quien lo gestiona. ¿Podemos hablar mañana por videollamada? Si quieres, puedes venir con una persona de tu confianza.',
      answer: 'Sí, mañana a las 11 me viene bien. Iré sin acompañante.',
      note: 'Llamada hecha. Ha compartido capturas. Abierta investigación formal; entrevistas a testigos la semana que viene. Medida cautelar: sin reuniones a solas entre ambos.',
      resolution:
        'Gracias de nuevo por dar el paso. Hemos terminado la investigación y hemos actuado según el protocolo contra el acoso. No podemos compartir las medidas que afectan a otra persona, pero la conducta que describiste tiene que terminar; si vuelve a ocurrir algo parecido o notas cualquier represalia, dínoslo enseguida. El programa de ayuda al empleado también está a tu disposición, gratis y confidencial.',
    },
  },
  {
    requestTypeId: 'report-harassment-or-misconduct',
    answers: ({ created, details }) => ({ concern: 'bullying', description: details!, when: isoDay(created, -1), witnesses: null, contact: 'in-person' }),
    en: {
      question:
        'My team lead shouts at me in front of the team\nSeveral times this month my team lead has raised his voice at me in stand-ups and called my work useless in front of everyone.',
      details: 'It happens in the daily stand-up, the last time yesterday. Others have noticed but nobody says anything. I would prefer to talk in person.',
      reply:
        "Thank you for trusting us with this. I would like to meet you in person this week, somewhere private; I will send you an invitation for a room away from your team's floor.",
      note: 'Met in person. Consistent account; two colleagues named who may confirm. Escalating to the Head of People; manager not informed yet.',
      resolution:
        'We have looked into what you described, spoken to the people involved and taken action. Your team lead has been told clearly what is expected, and we will check in with you in a month to see how things are. If it happens again, reply here or contact me directly.',
    },
    es: {
      question:
        'Mi responsable me grita delante del equipo\nVarias veces este mes mi responsable me ha levantado la voz en las reuniones diarias y ha dicho delante de todos que mi trabajo no sirve.',
      details: 'Pasa en la reunión diaria; la última vez, ayer. Los demás lo ven pero nadie dice nada. Prefiero hablarlo en persona.',
      reply:
        'Gracias por confiar en nosotros. Me gustaría verte en persona esta semana, en un sitio discreto; te envío una convocatoria en una sala lejos de la planta de tu equipo.',
      note: 'Reunión presencial. Relato coherente; menciona a dos compañeros que pueden confirmarlo. Lo paso a la directora de Personas; el responsable aún no lo sabe.',
      resolution:
        'Hemos revisado lo que nos contaste, hablado con las personas implicadas y tomado medidas. A tu responsable se le ha dejado claro lo que se espera de él, y te llamaremos dentro de un mes para ver cómo va. Si vuelve a pasar, escribe aquí o contáctame directamente.',
    },
  },
  {
    requestTypeId: 'report-harassment-or-misconduct',
    answers: ({ details }) => ({ concern: 'fraud', description: details!, when: null, witnesses: null, contact: 'portal' }),
    en: {
      question:
        'I think a colleague is claiming expenses for trips that did not happen\nI saw expense claims for client visits on days when I know he was in the office.',
      details: 'At least three claims in the last two months for client visits on days he was at his desk next to me. I have not talked to him about it.',
      reply:
        'Thank you for raising this; it was the right thing to do. We will look into it discreetly with Finance. Please do not discuss it with the colleague in the meantime.',
      note: 'Passed to Finance (internal audit). Three claims flagged; TripDesk shows no bookings for those dates.',
      resolution:
        'Thank you for your patience. Finance has reviewed the claims you mentioned, and the matter has been dealt with under our policies. We cannot share details, but your report made a difference. As the speak-up policy says, nobody may be treated badly for raising a concern in good faith.',
    },
    es: {
      question:
        'Creo que un compañero pasa gastos de viajes que no ha hecho\nHe visto notas de gastos por visitas a clientes en días en que sé que estaba en la oficina.',
      details: 'Al menos tres notas en los últimos dos meses por visitas a clientes en días en que estaba sentado a mi lado. No he hablado con él.',
      reply:
        'Gracias por contarlo; has hecho lo correcto. Lo revisaremos con discreción junto con Finanzas. Mientras tanto, por favor, no lo comentes con tu compañero.',
      note: 'Pasado a Finanzas (auditoría interna). Tres notas señaladas; TripDesk no tiene reservas en esas fechas.',
      resolution:
        'Gracias por tu paciencia. Finanzas ha revisado las notas de gastos que mencionaste y el asunto se ha resuelto conforme a nuestras políticas. No podemos darte detalles, pero tu aviso ha servido. Como dice la política de denuncias, nadie puede sufrir consecuencias por plantear una preocupación de buena fe.',
    },
  },
  {
    requestTypeId: 'report-harassment-or-misconduct',
    answers: ({ created, details }) => ({ concern: 'safety', description: details!, when: isoDay(created, 0), witnesses: null, contact: 'portal' }),
    en: {
      question: 'A fire exit on our floor is blocked with boxes\nThe emergency exit next to the kitchen has been blocked with delivery boxes for over a week.',
      details: 'Emergency exit next to the kitchen on our floor, blocked by boxes from the furniture delivery. I mentioned it to reception last week.',
      resolution:
        'Thank you for reporting this. Facilities cleared the exit the same afternoon, and the office manager now checks the emergency exits every week. Deliveries go to the storage room from now on.',
    },
    es: {
      question:
        'La salida de emergencia de nuestra planta está bloqueada con cajas\nLa salida de emergencia junto a la cocina lleva más de una semana bloqueada con cajas.',
      details: 'Salida de emergencia junto a la cocina, bloqueada con cajas del envío de mobiliario. Lo comenté en recepción la semana pasada.',
      resolution:
        'Gracias por avisar. Mantenimiento despejó la salida esa misma tarde, y la responsable de la oficina revisa ahora las salidas de emergencia cada semana. A partir de ahora los envíos van al almacén.',
    },
  },
  {
    requestTypeId: 'general-question',
    answers: ({ language, details }) => ({ subject: language === 'es' ? 'Presupuesto de formación' : 'Learning budget', details: details!, attachment: null }),
    en: {
      question: 'Can I use my learning budget for a conference abroad?\nThere is a conference in Berlin in spring that would be very useful for my role.',
      details: 'Ticket about 600 plus travel and two nights of hotel.',
      resolution:
        'Yes: conferences count, including travel and hotel when you attend rather than speak. Agree it with your manager in writing (for anything this size an email is enough), book travel in TripDesk like any work trip, and claim the ticket in Ledgerline under "Training". For a large invoice we can pay the provider directly: send it to us here.',
    },
    es: {
      question:
        '¿Puedo usar el presupuesto de formación para un congreso en el extranjero?\nHay un congreso en Berlín en primavera que me vendría muy bien para mi puesto.',
      details: 'Entrada de unos 600 € más viaje y dos noches de hotel.',
      resolution:
        'Sí: los congresos cuentan, con viaje y hotel incluidos si vas como asistente y no como ponente. Acuérdalo por escrito con tu responsable (basta un correo, al pasar de 100 €), reserva el viaje en TripDesk como cualquier viaje de trabajo y pasa la entrada en Ledgerline como «Formación». Si la factura supera los 300 €, podemos pagar directamente al organizador: mándanosla por aquí.',
    },
  },
  {
    requestTypeId: 'general-question',
    answers: ({ language, details }) => ({
      subject: language === 'es' ? 'Teletrabajo desde otro país' : 'Working from abroad',
      details: details!,
      attachment: null,
    }),
    en: {
      question: 'Can I work from Portugal for two weeks after my holiday?\nMy family lives there and I would like to stay on and work remotely for two weeks.',
      details: 'Two weeks in Lisbon, right after two weeks of annual leave.',
      ask: 'That should be possible: up to 20 working days a year from another country. Has your manager agreed, and which dates exactly?',
      answer: 'Yes, my manager is fine with it. From the 4th to the 15th of next month.',
      note: 'Portugal is on the allowed list; under 20 days, no social security form needed.',
      resolution:
        "Approved: you can work from Portugal from the 4th to the 15th. Use the VPN, keep core hours in your office's time zone, and do not extend the stay without asking again. Enjoy your time with your family!",
    },
    es: {
      question:
        '¿Puedo teletrabajar desde Portugal dos semanas después de las vacaciones?\nMi familia vive allí y me gustaría quedarme y trabajar en remoto dos semanas.',
      details: 'Dos semanas en Lisboa, justo después de dos semanas de vacaciones.',
      ask: 'Debería ser posible: hasta 20 días laborables al año desde otro país. ¿Lo ha aprobado tu responsable y qué fechas exactas serían?',
      answer: 'Sí, a mi responsable le parece bien. Del 4 al 15 del mes que viene.',
      note: 'Portugal está en la lista de países permitidos; menos de 20 días, no hace falta formulario de Seguridad Social.',
      resolution:
        'Aprobado: puedes trabajar desde Portugal del 4 al 15. Usa la VPN, mantén el horario central de la oficina de Madrid y no alargues la estancia sin volver a pedirlo. ¡Disfruta de la familia!',
    },
  },
  {
    requestTypeId: 'general-question',
    answers: ({ language, details }) => ({ subject: language === 'es' ? 'Cambio de apellido' : 'Name change', details: details!, attachment: null }),
    en: {
      question: "Changing my surname after getting married\nI have taken my wife's surname and would like to update it everywhere at work.",
      details: 'New surname on my passport since last week.',
      reply: 'Congratulations! I will update the directory and payroll; IT will change your email address.',
      resolution:
        'All done: your new surname is in the directory and in payroll, and IT has set up your new email address. The old one keeps working for six months. Your next payslip will show the new name.',
    },
    es: {
      question:
        'Quiero cambiar mi nombre en el sistema\nHe cambiado el orden de mis apellidos en el DNI y quiero que aparezca igual en todos los sitios del trabajo.',
      details: 'DNI renovado la semana pasada con el nuevo orden de apellidos.',
      reply: 'Sin problema: actualizo el directorio y la nómina, e IT te cambiará la dirección de correo.',
      resolution:
        'Hecho: tus apellidos ya aparecen en el nuevo orden en el directorio y en la nómina, e IT te ha creado la nueva dirección de correo. La antigua seguirá funcionando seis meses.',
    },
  },
  {
    requestTypeId: 'general-question',
    answers: ({ language, details }) => ({ subject: language === 'es' ? 'Cambio de equipo' : 'Internal move', details: details!, attachment: null }),
    en: {
      question: 'How do internal moves work?\nI have seen an opening in another team that I am interested in. Do I need to tell my manager before applying?',
      details: 'Opening in the data team; I have been in my role for two years.',
      resolution:
        'Good question. After a year in your role you can apply to any internal opening. We recommend telling your manager before you apply, but it is not required for a first conversation with the hiring manager. Apply through the careers page and mention you are internal; the article on internal moves and promotions explains the rest.',
    },
    es: {
      question:
        '¿Cómo funcionan los cambios internos de puesto?\nHe visto una vacante en otro equipo que me interesa. ¿Tengo que decírselo a mi responsable antes de presentarme?',
      details: 'Vacante en el equipo de datos; llevo dos años en mi puesto.',
      resolution:
        'Buena pregunta. Con un año en tu puesto puedes optar a cualquier vacante interna. Te recomendamos contárselo a tu responsable antes de presentarte, aunque no hace falta para una primera conversación con quien contrata. Presenta la candidatura en la página de empleo indicando que eres interno; el artículo sobre cambios internos y promociones explica el resto.',
    },
  },
];
