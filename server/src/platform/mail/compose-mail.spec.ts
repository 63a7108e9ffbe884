import { composeMail, mailKinds, mailLanguage, portalLink, type MailContent } from './compose-mail';
import { en } from './messages/en';
import { es } from './messages/es';

const PUBLIC_URL = 'https://portico.lumenworks.example';

const reply: MailContent = {
  kind: 'ticket.replied',
  languages: ['es'],
  reference: 'REF-1042',
  title: 'Certificado de empresa para el banco',
  excerpt: 'Hola Emma,\n\nTe adjuntamos el certificado firmado.\nUn saludo',
  confidential: false,
  path: '/tickets/REF-1042',
};

describe('composeMail', () => {
  it('writes a Spanish reply with the reference, the title, the excerpt and a link back', () => {
    const mail = composeMail('emma.lopez@lumenworks.example', reply, PUBLIC_URL);
    expect(mail.to).toBe('emma.lopez@lumenworks.example');
    expect(mail.language).toBe('es');
    expect(mail.kind).toBe('ticket.replied');
    expect(mail.subject).toBe('[REF-1042] Nueva respuesta a tu solicitud: Certificado de empresa para el banco');
    expect(mail.link).toBe('https://portico.lumenworks.example/tickets/REF-1042');
    expect(mail.text).toContain('RR. HH. ha respondido a tu solicitud REF-1042, «Certificado de empresa para el banco»:');
    expect(mail.text).toContain('> Te adjuntamos el certificado firmado.\n> Un saludo');
    expect(mail.text).toContain('Abrir en Portico: https://portico.lumenworks.example/tickets/REF-1042');
    expect(mail.html).toContain('<html lang="es">');
    expect(mail.html).toContain('href="https://portico.lumenworks.example/tickets/REF-1042"');
  });

  it('says only that there is an update when the ticket is confidential', () => {
    const mail = composeMail(
      'emma.lopez@lumenworks.example',
      { ...reply, title: 'Acoso en el equipo', excerpt: 'Hemos hablado con tu responsable.', confidential: true },
      PUBLIC_URL,
    );
    expect(mail.subject).toBe('Hay novedades en tu solicitud REF-1042');
    for (const part of [mail.subject, mail.text, mail.html!]) {
      expect(part).not.toContain('Acoso');
      expect(part).not.toContain('responsable');
    }
    expect(mail.text).toContain('Hay novedades en tu solicitud REF-1042. Inicia sesión en Portico para verlas.');
    expect(mail.link).toBe('https://portico.lumenworks.example/tickets/REF-1042');
  });

  it('keeps a confidential breach to the reference for the team lead too', () => {
    const mail = composeMail(
      'olivia.brooks@lumenworks.example',
      {
        kind: 'ticket.breach',
        languages: ['en'],
        reference: 'REF-7',
        title: 'Report of misconduct',
        target: 'firstResponse',
        confidential: true,
        path: '/hr/tickets/REF-7',
      },
      PUBLIC_URL,
    );
    expect(mail.subject).toBe('Request REF-7 needs attention');
    expect(mail.text).not.toContain('misconduct');
    const open = composeMail(
      'olivia.brooks@lumenworks.example',
      {
        kind: 'ticket.breach',
        languages: ['en'],
        reference: 'REF-8',
        title: 'Payslip missing',
        target: 'firstResponse',
        confidential: false,
        path: '/hr/tickets/REF-8',
      },
      PUBLIC_URL,
    );
    expect(open.subject).toBe('[REF-8] Missed first response target: Payslip missing');
  });

  it('has every help desk kind in English and Spanish, each naming the reference', () => {
    for (const kind of mailKinds.filter((name) => name.startsWith('ticket.'))) {
      for (const words of [en, es]) {
        const { subject, intro, confidentialSubject, confidentialIntro } = words.kinds[kind];
        for (const template of [subject, intro, confidentialSubject, confidentialIntro]) expect(template).toContain('{reference}');
      }
      for (const language of ['en', 'es']) {
        for (const confidential of [false, true]) {
          const mail = composeMail('a@lumenworks.example', { ...reply, kind, languages: [language], confidential, target: 'resolution' }, PUBLIC_URL);
          expect(mail.subject).toContain('REF-1042');
          expect(mail.subject).not.toMatch(/[{}]/);
          expect(mail.text).not.toMatch(/\{\w+\}/);
        }
      }
    }
  });

  it('writes personal data mails naming the fields in the reader\u2019s language, and when, in their office\u2019s time zone', () => {
    for (const kind of mailKinds.filter((name) => name.startsWith('profile.'))) {
      for (const language of ['en', 'es']) {
        const mail = composeMail(
          'a@lumenworks.example',
          {
            kind,
            languages: [language],
            person: 'Emma López',
            fields: ['homeAddress', 'bankAccount'],
            at: { date: new Date('2026-12-07T23:30:00Z'), timeZone: 'Europe/Madrid' },
            path: '/my-data',
          },
          PUBLIC_URL,
        );
        expect(`${mail.subject}\n${mail.text}`).not.toMatch(/\{\w+\}/);
      }
    }
    const asked = composeMail(
      'a@lumenworks.example',
      { kind: 'profile.request_received', languages: ['es'], person: 'Emma López', fields: ['homeAddress', 'bankAccount'], path: '/approvals' },
      PUBLIC_URL,
    );
    expect(asked.subject).toBe('Emma López te pide que apruebes un cambio de tu domicilio y tu cuenta bancaria');
    const applied = composeMail(
      'a@lumenworks.example',
      { kind: 'profile.bank_applied', languages: ['en'], at: { date: new Date('2026-12-07T23:30:00Z'), timeZone: 'Europe/Madrid' }, path: '/my-data' },
      PUBLIC_URL,
    );
    expect(applied.text).toContain('On December 8, 2026 at 12:30 AM, the bank account your salary is paid into was changed');
  });

  it('escapes what people wrote in the HTML and keeps subjects on one line', () => {
    const mail = composeMail(
      'a@lumenworks.example',
      { ...reply, languages: ['en'], title: 'Bonus <b>now</b>\r\nBcc: x@evil.example', excerpt: '<img src=x onerror=alert(1)> & "quotes"' },
      PUBLIC_URL,
    );
    expect(mail.subject).toBe('[REF-1042] New reply to your request: Bonus <b>now</b> Bcc: x@evil.example');
    expect(mail.html).not.toContain('<b>now');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
    expect(mail.text).toContain('> <img src=x onerror=alert(1)> & "quotes"');
  });

  it('shortens a long excerpt at a word', () => {
    const mail = composeMail('a@lumenworks.example', { ...reply, excerpt: 'palabra '.repeat(200) }, PUBLIC_URL);
    const quoted = mail.text.split('\n').find((line) => line.startsWith('> '))!;
    expect(quoted.length).toBeLessThan(410);
    expect(quoted).toMatch(/palabra…$/);
  });
});

describe('mailLanguage', () => {
  it('takes the first language Portico writes in, by its primary subtag, else English', () => {
    expect(mailLanguage(['es-ES'])).toBe('es');
    expect(mailLanguage([null, 'es_MX'])).toBe('es');
    expect(mailLanguage(['pt-PT', 'es'])).toBe('es');
    expect(mailLanguage(['ro'])).toBe('en');
    expect(mailLanguage([])).toBe('en');
  });
});

describe('portalLink', () => {
  it('joins the public address and a path of the portal, and refuses anything else', () => {
    expect(portalLink('https://hr.example.com/', '/tickets/REF-1')).toBe('https://hr.example.com/tickets/REF-1');
    for (const path of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'tickets/REF-1']) {
      expect(() => portalLink('https://hr.example.com', path)).toThrowError(/path of the portal/);
    }
  });
});
