import { isoDay, monthStart, type Scenario } from './scenario';

/* Letters, documents and benefits. Facts follow the demo handbook. */

export const documentAndBenefitScenarios: Scenario[] = [
  {
    requestTypeId: 'employment-verification-letter',
    answers: ({ created, language }) => ({
      purpose: 'mortgage-or-rental',
      includeSalary: 'yes',
      addressedTo: language === 'es' ? 'Caja Rural del Centro' : 'Northbridge Building Society',
      neededBy: isoDay(created, 6),
      delivery: 'pdf',
    }),
    en: {
      question:
        'I need an employment letter for my mortgage application\nThe building society wants a letter confirming my job title, start date and annual salary, addressed to them.',
      resolution:
        'Here you go: the signed letter is in your work email as a PDF. It confirms your job title, start date and gross annual salary, addressed to Northbridge Building Society. Good luck with the mortgage!',
    },
    es: {
      question:
        'Necesito un certificado de empresa para la hipoteca\nEl banco me pide un certificado con mi puesto, la fecha de antigüedad y el salario bruto anual, dirigido a ellos.',
      resolution:
        'Te he enviado a tu correo del trabajo el certificado firmado en PDF, dirigido a Caja Rural del Centro, con tu puesto, la fecha de antigüedad y el salario bruto anual. ¡Suerte con la hipoteca!',
    },
  },
  {
    requestTypeId: 'employment-verification-letter',
    answers: ({ created }) => ({ purpose: 'visa', includeSalary: 'yes', addressedTo: null, neededBy: isoDay(created, 10), delivery: 'pdf' }),
    en: {
      question:
        'Letter for my visa appointment at the consulate\nI have a visa appointment in two weeks and need a letter confirming my employment and that my leave is approved.',
      ask: 'Happy to help. Could you tell me the dates of your trip, and whether the consulate needs the letter in English or translated?',
      answer: 'Travelling from the 3rd to the 17th of next month. English is fine, they confirmed by email.',
      resolution:
        'Done: the letter confirming your employment, salary and approved leave for those dates is signed and in your inbox as a PDF. If the consulate asks for a wet signature, reply here and we will print one for you to collect.',
    },
    es: {
      question:
        'Carta para la cita del visado en el consulado\nTengo cita para el visado dentro de dos semanas y necesito una carta que confirme mi contrato y que tengo las vacaciones aprobadas.',
      ask: 'Claro. ¿Me dices las fechas del viaje y si el consulado la quiere en inglés o en español?',
      answer: 'Viajo del 3 al 17 del mes que viene. La quieren en inglés.',
      resolution:
        'Hecho: tienes en tu correo la carta firmada, en inglés, que confirma tu contrato, tu salario y las vacaciones aprobadas para esas fechas. Si el consulado pide firma en papel, dímelo por aquí y te la dejamos impresa para recoger.',
    },
  },
  {
    requestTypeId: 'employment-verification-letter',
    answers: () => ({ purpose: 'mortgage-or-rental', includeSalary: 'no', addressedTo: null, neededBy: null, delivery: 'printed' }),
    en: {
      question:
        "Proof of employment for renting a flat\nThe letting agent wants a letter from my employer. They don't need my salary, just that I have a permanent contract.",
      resolution:
        'The signed letter confirming your permanent contract is ready to collect at reception; ask for the People team. The agent may also ask for recent payslips: you can download them as PDFs from Payslips in Portico.',
    },
    es: {
      question:
        'Certificado de empresa para alquilar un piso\nLa inmobiliaria me pide un certificado de la empresa. No hace falta el salario, solo que tengo contrato indefinido.',
      resolution:
        'El certificado firmado, que confirma tu contrato indefinido, está listo para recoger en recepción; pregunta por el equipo de Personas. Si la inmobiliaria te pide nóminas, puedes descargarlas en PDF desde Nóminas en Portico.',
    },
  },
  {
    requestTypeId: 'document-request',
    answers: ({ details }) => ({ document: 'contract', period: null, details: details ?? null }),
    en: {
      question: 'Could I have a copy of my employment contract?\nI cannot find the signed version and I need it for a loan application.',
      details: 'The signed contract and any changes since.',
      resolution:
        'I have sent a copy of your signed contract and the two amendments since (the change of role and the salary review) to your work email. Let me know if the bank needs anything else.',
    },
    es: {
      question: '¿Me podéis mandar una copia de mi contrato?\nNo encuentro la versión firmada y la necesito para pedir un préstamo.',
      details: 'El contrato firmado y los anexos que haya.',
      resolution:
        'Te he enviado a tu correo del trabajo una copia del contrato firmado y de los dos anexos posteriores (el cambio de puesto y la revisión salarial). Dime si el banco necesita algo más.',
    },
  },
  {
    requestTypeId: 'document-request',
    answers: ({ created }) => ({ document: 'tax-certificate', period: String(created.getUTCFullYear() - 1), details: null }),
    en: {
      question: 'I need my tax document for last year\nFor my tax return I need the yearly summary of what I earned and the tax withheld.',
      resolution:
        'You can download it yourself any time: in Portico, open Payslips, switch to the Tax documents tab and pick the year. The PDF there is the official document, no stamp needed. I have also emailed you a copy this time.',
    },
    es: {
      question:
        'Necesito el certificado de retenciones del año pasado\nPara la declaración de la renta necesito el certificado de retenciones e ingresos a cuenta.',
      resolution:
        'Lo puedes descargar tú mismo cuando quieras: en Portico, abre Nóminas, pestaña Documentos fiscales, y elige el año. Ese PDF es el documento oficial, no necesita sello. Esta vez te he mandado también una copia por correo.',
    },
  },
  {
    requestTypeId: 'document-request',
    answers: ({ details }) => ({ document: 'training-certificate', period: null, details: details ?? null }),
    en: {
      question: 'Certificate for the first aid course\nI did the first aid course in September but never received the certificate.',
      details: 'First aid course in September, one day, at the office.',
      ask: 'Let me find it. Could you tell me the date of the course and who ran it? We had two providers this year.',
      answer: 'It was on 18 September, run by the Red Cross at our office.',
      resolution:
        'Found it: the provider had sent the certificates to an old address. Yours is now in your work email, and I have added it to your training record.',
    },
    es: {
      question: 'Certificado del curso de primeros auxilios\nHice el curso de primeros auxilios en septiembre y nunca me llegó el certificado.',
      details: 'Curso de primeros auxilios en septiembre, de un día, en la oficina.',
      ask: 'Lo busco. ¿Me dices la fecha del curso y quién lo impartió? Este año hemos tenido dos proveedores.',
      answer: 'Fue el 18 de septiembre, lo dio Cruz Roja en la oficina.',
      resolution:
        'Encontrado: el proveedor había enviado los certificados a una dirección antigua. Ya tienes el tuyo en el correo y lo he añadido a tu historial de formación.',
    },
  },
  {
    requestTypeId: 'document-request',
    answers: ({ created }) => ({ document: 'payslip-copy', period: monthStart(created, 30).slice(0, 7), details: null }),
    en: {
      question: 'Copy of a payslip from two and a half years ago\nI need an old payslip for a benefits claim, from before payslips were in Portico.',
      reply: 'Payslips from before Portico are in the payroll archive; I have asked for yours and will send it as soon as it arrives.',
      resolution: 'Here it is: the payslip from the archive is in your work email as a PDF.',
    },
    es: {
      question: 'Copia de una nómina de hace dos años y medio\nNecesito una nómina antigua para un trámite, de antes de que estuvieran en Portico.',
      reply: 'Las nóminas anteriores a Portico están en el archivo de la gestoría; ya la he pedido y te la mando en cuanto llegue.',
      resolution: 'Aquí la tienes: te he enviado la nómina del archivo en PDF a tu correo del trabajo.',
    },
  },
  {
    requestTypeId: 'benefits-enrolment',
    answers: ({ created, language, details }) => ({
      benefit: 'health-insurance',
      change: 'change',
      effectiveFrom: isoDay(created, -20),
      dependants: language === 'es' ? 'Mi marido' : 'My husband',
      details: details ?? null,
    }),
    en: {
      question: 'Adding my husband to my health insurance after our wedding\nWe got married three weeks ago and I would like to add him to my cover.',
      details: 'Married three weeks ago; I will send the certificate.',
      ask: 'Congratulations! A wedding lets you add family members outside renewal, within 30 days. Could you send us the marriage certificate from the Help page, with his date of birth?',
      answer: 'Thank you! I have sent the certificate; his date of birth is on it.',
      resolution:
        'All done: your husband is covered from the date of the wedding. The insurer will email his member number within a week, and his monthly cost will be deducted from your salary from next month.',
    },
    es: {
      question: 'Dar de alta a mi marido en el seguro médico tras la boda\nNos casamos hace tres semanas y quiero incluirle en mi seguro.',
      details: 'Boda hace tres semanas; mando el certificado.',
      ask: '¡Enhorabuena! Con la boda puedes incluir familiares fuera de la renovación, en un plazo de 30 días. ¿Nos envías el certificado de matrimonio desde la página de Ayuda, con su fecha de nacimiento?',
      answer: '¡Gracias! Ya lo he enviado; su fecha de nacimiento aparece en el certificado.',
      resolution:
        'Hecho: tu marido tiene cobertura desde la fecha de la boda. La aseguradora le enviará su número de asegurado en una semana, y los 55 € al mes se descontarán de tu nómina a partir del mes que viene.',
    },
  },
  {
    requestTypeId: 'benefits-enrolment',
    offices: ['london'],
    answers: ({ created, details }) => ({
      benefit: 'pension',
      change: 'change',
      effectiveFrom: monthStart(created, -1),
      dependants: null,
      details: details ?? null,
    }),
    en: {
      question: 'I would like to raise my pension contribution to 8%\nI currently pay the standard 5%.',
      details: 'From 5% to 8%, by salary sacrifice like now.',
      resolution:
        "Done: from next month's payroll you will contribute 8% by salary sacrifice, on top of the company's 5%. Your take-home pay drops by less than the 3% because the extra comes off before tax and National Insurance. You can change it again at any time.",
    },
    es: {
      question: 'Quiero hacer aportaciones al plan de pensiones de empresa\nAhora solo está la aportación de la empresa y me gustaría añadir 100 € al mes.',
      details: '100 € al mes por nómina.',
      resolution:
        'Hecho: desde la nómina del mes que viene aportarás 100 € al mes al plan de pensiones de empleo, además del 2 % que pone la empresa. Esas aportaciones reducen tu base del IRPF, dentro de los límites legales.',
    },
  },
  {
    requestTypeId: 'benefits-enrolment',
    offices: ['sao-paulo', 'bucharest'],
    answers: ({ created }) => ({ benefit: 'meal-vouchers', change: 'enrol', effectiveFrom: monthStart(created, -1), dependants: null, details: null }),
    en: {
      question: 'My meal card has not been topped up since I joined\nI started last month and the meal card I received is still empty.',
      ask: 'Welcome! Cards are topped up at the start of each month for the working days in it. Could you send me the last four digits of the card, so I can check it is linked to you?',
      answer: 'It ends in 4417.',
      resolution:
        "Thanks: the card had not been linked to your employee number. It is now, and you will get this month's amount plus your first month's days within two working days.",
    },
    es: {
      question: 'Quiero darme de alta en la tarjeta restaurante\nMe han dicho que se puede cobrar parte del sueldo en la tarjeta y pagar menos IRPF.',
      resolution:
        'Te he dado de alta: desde el mes que viene recibirás 11 € por día laborable en la tarjeta, descontados de tu salario bruto; hasta esa cantidad están exentos de IRPF. La tarjeta te llegará a la oficina en unos días.',
    },
  },
  {
    requestTypeId: 'benefits-enrolment',
    answers: ({ created, details }) => ({
      benefit: 'health-insurance',
      change: 'leave',
      effectiveFrom: monthStart(created, -1),
      dependants: null,
      details: details ?? null,
    }),
    en: {
      question:
        "Can I remove my children from my health insurance?\nMy wife's new employer covers the whole family, so I would like to keep the cover only for myself.",
      details: 'Keep my own cover; remove the two children.',
      ask: 'Sure. Just so you know: if you want to add them again later, it can only be at renewal on 1 January or after a life event. Shall I go ahead?',
      answer: 'Yes, please go ahead.',
      resolution:
        "Done: the children's cover ends on the last day of this month, and the deduction stops with this month's payroll. Your own cover does not change.",
    },
    es: {
      question:
        '¿Puedo dar de baja a mis hijos del seguro médico?\nEl nuevo trabajo de mi mujer cubre a toda la familia, así que quiero mantener el seguro solo para mí.',
      details: 'Mantener mi seguro y dar de baja a los dos niños.',
      ask: 'Claro. Solo para que lo sepas: si luego quieres volver a incluirlos, será en la renovación del 1 de enero o tras un acontecimiento vital. ¿Lo tramito?',
      answer: 'Sí, adelante, por favor.',
      resolution:
        'Hecho: la cobertura de los niños termina el último día de este mes y el descuento de 110 € deja de aplicarse con esta nómina. Tu seguro sigue igual.',
    },
  },
];
