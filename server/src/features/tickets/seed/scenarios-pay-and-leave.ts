import { isoDay, monthStart, type Scenario } from './scenario';

/* Payroll questions and leave questions: what HR hears most often. Facts follow the demo handbook. */

export const payAndLeaveScenarios: Scenario[] = [
  {
    requestTypeId: 'payroll-question',
    answers: ({ created, details }) => ({ payPeriod: monthStart(created), topic: 'missing-pay', details: details! }),
    en: {
      question:
        'My overtime from {month} is not on my payslip\nI worked 9 extra hours in the release week and my manager approved them, but the payslip only shows my normal salary.',
      details: '9 hours of overtime in the release week, recorded in Timecard and approved by my manager.',
      ask: 'Thanks for flagging this. I can see the hours in Timecard, but the approval came in after the payroll cut-off on the 15th, so they missed that run. Could you confirm the exact days you worked them, so I can add them to the next payroll?',
      answer: 'Sure: 3 hours on the Tuesday and 6 on the Saturday of that week.',
      note: 'Approval timestamp in Timecard is two days after cut-off. Adding as an adjustment to the next run; Saturday hours at the weekend rate.',
      resolution:
        'Thanks! I have added the 9 hours to the next payroll run. You will see them as a separate line, "Overtime (previous period)", on your next payslip. Approvals after the 15th always move to the following month; the Payroll FAQ has the cut-off dates.',
    },
    es: {
      question:
        'No me han pagado las horas extra de {month}\nHice 9 horas extra la semana de la entrega y mi responsable las aprobó, pero en la nómina solo aparece el sueldo normal.',
      details: '9 horas extra la semana de la entrega, registradas en Timecard y aprobadas por mi responsable.',
      ask: 'Gracias por avisarnos. Veo las horas en Timecard, pero la aprobación llegó después del cierre de nómina del día 15 y se quedaron fuera. ¿Me confirmas qué días hiciste exactamente las horas extra para incluirlas en la próxima nómina?',
      answer: 'Claro: 3 horas el martes y 6 el sábado de esa semana.',
      note: 'La aprobación en Timecard es de dos días después del cierre. Lo meto como regularización en la próxima nómina; las del sábado, como horas en fin de semana.',
      resolution:
        '¡Gracias! He incluido las 9 horas en la próxima nómina; las verás en una línea aparte, «Horas extra (periodo anterior)». Ten en cuenta que en Madrid lo normal es compensarlas con descanso en los 4 meses siguientes; como tu responsable prefirió pagarlas, van en nómina. Las aprobaciones posteriores al día 15 siempre pasan al mes siguiente.',
    },
  },
  {
    requestTypeId: 'payroll-question',
    answers: ({ created, details }) => ({ payPeriod: monthStart(created), topic: 'tax', details: details! }),
    en: {
      question:
        'Why did the tax on my payslip go up this month?\nMy net pay dropped by about 120 and nothing has changed on my side. The tax line is clearly higher than in previous months.',
      details: 'Net pay about 120 lower than the month before; same salary, no new benefits that I know of.',
      reply: 'Thanks for the details. I am checking your tax settings with our payroll provider and will come back to you in a day or two.',
      note: 'Provider confirms a new tax code arrived from the tax authority this month; the allowance carried over from last year was removed.',
      resolution:
        'I have looked into it: the tax authority sent us an updated tax code for you this month, and it no longer includes an allowance carried over from last year. With the new code the deduction is correct. If you think the code itself is wrong, the tax authority can review it; the article on tax documents explains who to contact.',
      reopen: 'I checked with the tax office and they say my code has not changed since April. Could you have another look?',
      again:
        'You were right, and sorry for the confusion: the provider applied a code meant for another month. They have corrected it and the difference will be refunded with your next salary.',
    },
    es: {
      question:
        '¿Por qué me han subido la retención del IRPF este mes?\nHe cobrado unos 120 € menos y no he cambiado nada. La línea de IRPF de la nómina es más alta que en los meses anteriores.',
      details: 'Unos 120 € netos menos que el mes anterior; mismo sueldo y, que yo sepa, ningún beneficio nuevo.',
      reply: 'Gracias por los detalles. Estoy revisando tu tipo de retención con la gestoría y te digo algo en uno o dos días.',
      note: 'La gestoría confirma la regularización por la revisión salarial: el tipo pasa del 17,2 % al 19,1 %.',
      resolution:
        'Ya lo he revisado: el tipo de retención se recalcula cuando cambia la previsión de ingresos del año, y con la revisión salarial tu tipo ha pasado del 17 % al 19 %. El cálculo es correcto. Si tu situación personal ha cambiado (hijos, hipoteca anterior a 2013…), rellena de nuevo el modelo 145 y lo aplicamos en la nómina siguiente.',
      reopen: 'Mi situación sí cambió: he tenido un hijo este año y os mandé el modelo 145 actualizado. ¿Lo podéis comprobar?',
      again:
        'Tienes razón, perdona: tu último modelo 145 no se había aplicado. La gestoría ya lo ha corregido; el tipo baja y la diferencia te la devolvemos en la próxima nómina.',
    },
  },
  {
    requestTypeId: 'payroll-question',
    answers: ({ created, details }) => ({ payPeriod: monthStart(created), topic: 'bonus', details: details! }),
    en: {
      question: "When will the quarterly bonus be paid?\nMy manager told me my bonus for last quarter was approved, but it was not in this month's pay.",
      details: 'Bonus for last quarter, approved by my manager according to her email.',
      ask: 'Happy to check. Could you tell me which scheme it is: the sales commission plan or the company performance bonus?',
      answer: 'It is the company performance bonus.',
      resolution:
        'Thanks. The approval for your performance bonus reached Payroll on the 24th, after this month\'s cut-off, so it will be paid with next month\'s salary. It will show on the payslip as "Performance bonus".',
    },
    es: {
      question:
        '¿Cuándo se cobra el bonus del trimestre?\nMi responsable me dijo que el bonus del trimestre pasado estaba aprobado, pero no ha venido en la nómina de este mes.',
      details: 'Bonus del trimestre pasado, aprobado según el correo de mi responsable.',
      ask: 'Lo miro. ¿Me dices de qué plan es: comisiones de ventas o el bonus por objetivos de la empresa?',
      answer: 'Es el bonus por objetivos.',
      resolution:
        'Gracias. La aprobación de tu bonus llegó a Nóminas el día 24, después del cierre de este mes, así que lo cobrarás con la nómina del mes que viene. Aparecerá como «Bonus por objetivos».',
    },
  },
  {
    requestTypeId: 'payroll-question',
    answers: ({ created, details }) => ({ payPeriod: monthStart(created, 0), topic: 'other', details: details! }),
    en: {
      question:
        "My salary went to my old bank account\nI changed my bank details in Portico on the 18th, but this month's salary was paid into the old account, which I am about to close.",
      details: 'Bank details changed in My data on the 18th; salary paid into the old account.',
      ask: 'Sorry for the worry. Changes approved after the 15th apply from the following month, so this salary used the old account. Is that account still open, or did the payment bounce?',
      answer: 'It is still open, I was going to close it next week. So the money is there.',
      resolution:
        "Good, then nothing is lost. I have checked that your new account is set up for next month's salary. Please keep the old one open until that payment has arrived.",
    },
    es: {
      question:
        'La nómina ha ido a mi cuenta antigua\nCambié la cuenta bancaria en Portico el día 18, pero la nómina de este mes ha llegado a la cuenta antigua, que voy a cerrar.',
      details: 'Cambié la cuenta en Mis datos el día 18; la nómina ha ido a la cuenta antigua.',
      ask: 'Perdona el susto. Los cambios aprobados después del día 15 se aplican desde el mes siguiente, así que esta nómina fue a la cuenta antigua. ¿Sigue abierta o te han devuelto la transferencia?',
      answer: 'Sigue abierta, la iba a cerrar la semana que viene. Entonces el dinero está ahí.',
      resolution:
        'Perfecto, entonces no se ha perdido nada. He comprobado que la cuenta nueva está lista para la nómina del mes que viene. No cierres la antigua hasta que te llegue ese pago.',
    },
  },
  {
    requestTypeId: 'leave-question',
    offices: ['london', 'madrid', 'new-york'],
    answers: ({ details }) => ({ leaveType: 'annual-leave', from: null, to: null, details: details! }),
    en: {
      question: 'How many days of annual leave can I carry over?\nI still have 8 days left and I do not think I can take them all before December.',
      details: '8 days left; my project runs until mid-December.',
      resolution:
        'You can carry over up to 5 days into next year; they have to be taken by 31 March, and you do not need to ask: we carry them over automatically in January. The other 3 days should be booked before the end of the year. If your manager asked you to cancel approved leave because of the project, those days can be carried over on top of the 5; just let me know. The article "Carrying over vacation" has the details.',
    },
    es: {
      question: '¿Cuántos días de vacaciones puedo pasar al año que viene?\nMe quedan 8 días y no creo que pueda cogerlos todos antes de diciembre.',
      details: 'Me quedan 8 días y el proyecto dura hasta mediados de diciembre.',
      resolution:
        'Puedes pasar hasta 5 días al año que viene; hay que disfrutarlos antes del 31 de marzo y no tienes que pedirlo: los pasamos nosotros en enero. Los otros 3 días deberías cogerlos antes de fin de año. Si tu responsable te pidió anular vacaciones ya aprobadas por el proyecto, esos días se pueden pasar además de los 5; avísame y lo anoto. En el manual tienes todos los detalles.',
    },
  },
  {
    requestTypeId: 'leave-question',
    answers: ({ created, details }) => ({ leaveType: 'parental-leave', from: isoDay(created, 110), to: null, details: details! }),
    en: {
      question:
        'We are expecting a baby: how does parental leave work for me?\nMy partner is due in about four months. I would like to take some leave straight after the birth and the rest a few months later.',
      details: 'Due date in about four months. Some weeks after the birth, the rest a few months later if possible.',
      reply: 'Congratulations! I will put together what applies in your office and come back to you this week.',
      ask: "Here is the short version: you get at least 16 weeks at full pay in the baby's first year; we top up whatever the law pays. Would you like the later part full-time, or part-time for longer?",
      answer: 'Full-time for the first three weeks, then part-time for a couple of months when my partner goes back to work.',
      note: "Over 6 months' service by the due date, so company top-up applies. Tell Payroll once the birth certificate arrives.",
      resolution:
        'That works. I have noted three weeks full-time from the birth and then part-time leave for two months. Please send us the birth certificate from the Help page when you have it, and agree the part-time dates with your manager at least 15 days before. We will confirm the dates and pay in writing within two weeks.',
    },
    es: {
      question:
        'Vamos a tener un bebé: ¿cómo funciona el permiso por nacimiento?\nMi pareja sale de cuentas dentro de unos cuatro meses. Me gustaría coger parte del permiso justo después del parto y el resto unos meses más tarde.',
      details: 'Fecha prevista de parto en unos cuatro meses. Unas semanas tras el nacimiento y el resto más adelante.',
      reply: 'Enhorabuena. Te preparo lo que te corresponde y te escribo esta semana.',
      ask: 'Te resumo: son 19 semanas; las 6 primeras, justo después del nacimiento y a jornada completa. Las 11 siguientes puedes cogerlas por semanas enteras hasta que el bebé cumpla 12 meses, y las 2 últimas hasta los 8 años. ¿Las que cojas más adelante las quieres a jornada completa o a tiempo parcial?',
      answer: 'A tiempo parcial durante un par de meses, cuando mi pareja vuelva al trabajo, si puede ser por las mañanas.',
      note: 'Base de cotización por encima del tope: aplicar complemento de empresa. Avisar a Nóminas cuando llegue el certificado de nacimiento.',
      resolution:
        'Perfecto, queda anotado: 6 semanas desde el nacimiento y el resto a tiempo parcial durante dos meses. Avísanos de esas fechas con 15 días de antelación y mándanos el certificado de nacimiento desde la página de Ayuda cuando lo tengas. La prestación la paga la Seguridad Social y nosotros completamos hasta tu salario.',
    },
  },
  {
    requestTypeId: 'leave-question',
    offices: ['london'],
    answers: ({ created, details }) => ({ leaveType: 'sick-leave', from: isoDay(created, -4), to: isoDay(created, -2), details: details! }),
    en: {
      question:
        "Do I need a doctor's note for three days off sick?\nI was ill from Monday to Wednesday with the flu. I told my manager each morning, but I did not see a doctor.",
      details: 'Flu, three days, back at work since Thursday.',
      ask: 'Hope you are feeling better! In London you can self-certify for up to 7 calendar days, so no note is needed. Could you confirm you were off the whole of each day?',
      answer: 'Yes, full days Monday to Wednesday.',
      resolution:
        'Thanks, recorded as three days of sickness absence, on full sick pay. Please fill in the short self-certification form that Portico sent you, and take care.',
    },
    es: {
      question:
        '¿Necesito justificante por tres días de gripe?\nHe estado enfermo de lunes a miércoles. Avisé a mi responsable cada mañana, pero no fui al médico.',
      details: 'Gripe, tres días; volví el jueves.',
      ask: '¡Espero que estés mejor! En Madrid puedes faltar hasta 3 días sin parte de baja, pero necesitamos tu declaración de ausencia por enfermedad. ¿Me confirmas que fueron los tres días completos?',
      answer: 'Sí, de lunes a miércoles, días completos.',
      resolution:
        'Gracias, queda registrado como tres días de ausencia por enfermedad, con el salario completo. Si en algún momento pasas de 3 días, será tu médico quien te dé la baja y la Seguridad Social nos la envía directamente.',
    },
  },
  {
    requestTypeId: 'leave-question',
    answers: ({ created, details }) => ({ leaveType: 'unpaid-leave', from: isoDay(created, 200), to: isoDay(created, 227), details: details! }),
    en: {
      question:
        'Can I take four weeks of unpaid leave to travel?\nIn about six months I would like four weeks unpaid on top of my annual leave, to travel. How does that affect my pay and benefits?',
      details: 'Four weeks unpaid, right after two weeks of annual leave.',
      reply: 'Good question; let me check the details for your office and get back to you.',
      note: 'Within the 20 working days a year, so no sabbatical needed. Health insurance continues.',
      resolution:
        "You can take up to 20 working days of unpaid leave a year, so four weeks fits. Ask your manager at least a month before; once they agree, they record the days on the Approvals page and we adjust that month's pay. During those days salary and pension contributions stop, but your health insurance continues and your vacation keeps building up.",
    },
    es: {
      question:
        '¿Puedo pedir cuatro semanas de permiso no retribuido para viajar?\nDentro de unos seis meses querría cuatro semanas sin sueldo además de las vacaciones. ¿Cómo afecta al sueldo y a los beneficios?',
      details: 'Cuatro semanas sin sueldo, justo después de dos semanas de vacaciones.',
      reply: 'Buena pregunta; reviso cómo queda en tu caso y te digo.',
      note: 'Dentro de los 20 días laborables al año: no hace falta excedencia. El seguro médico se mantiene.',
      resolution:
        'Puedes pedir hasta 20 días laborables de permiso no retribuido al año, así que cuatro semanas encajan. Pídeselo a tu responsable con al menos un mes de antelación; cuando lo apruebe, lo registra en Aprobaciones y ajustamos la nómina de ese mes. Esos días no cobras ni se aporta al plan de pensiones, pero el seguro médico sigue y las vacaciones se siguen generando.',
    },
  },
  {
    requestTypeId: 'leave-question',
    answers: ({ created, details }) => ({ leaveType: 'annual-leave', from: isoDay(created, 8), to: isoDay(created, 12), details: details! }),
    en: {
      question:
        'The leave calendar counts a public holiday as a working day\nWhen I book leave next week, the calendar takes a day from my balance for a day that is a public holiday in my office.',
      details: 'Booking five days next week; one of them is a public holiday here.',
      reply: 'Thanks for spotting this. I am checking with the team that maintains the office calendars.',
      resolution:
        "You were right: the holiday was missing from your office's calendar. It is fixed now, and your balance has the day back. Sorry for the trouble!",
    },
    es: {
      question:
        'El calendario de vacaciones cuenta un festivo como laborable\nAl pedir vacaciones la semana que viene, me descuenta del saldo un día que es festivo en Madrid.',
      details: 'Pido cinco días la semana que viene; uno de ellos es festivo local.',
      reply: 'Gracias por avisar. Lo estoy revisando con quien mantiene los calendarios de las oficinas.',
      resolution:
        'Tenías razón: faltaba ese festivo en el calendario de Madrid. Ya está corregido y tienes el día de vuelta en tu saldo. ¡Perdona las molestias!',
    },
  },
];
