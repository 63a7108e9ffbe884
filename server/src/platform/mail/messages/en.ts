import type { MailCatalogue } from './catalogue';

const update = {
  confidentialSubject: 'There is an update on your request {reference}',
  confidentialIntro: 'There is an update on your request {reference}. Sign in to Portico to see it.',
};

export const en: MailCatalogue = {
  kinds: {
    'ticket.received': {
      subject: '[{reference}] We have received your request: {title}',
      intro: 'We have received your request {reference}, “{title}”. Someone in HR will answer you here and in Portico.',
      closing: 'You can follow your request, add details and files in Portico.',
      ...update,
    },
    'ticket.replied': {
      subject: '[{reference}] New reply to your request: {title}',
      intro: 'HR has replied to your request {reference}, “{title}”:',
      closing: 'Read the whole conversation and answer in Portico.',
      ...update,
    },
    'ticket.resolved': {
      subject: '[{reference}] Your request is resolved: {title}',
      intro: 'Your request {reference}, “{title}”, has been resolved.',
      closing: 'If it is not solved for you, reopen it in Portico within 14 days. You can also rate the answer there.',
      ...update,
    },
    'ticket.breach': {
      subject: '[{reference}] Missed {target} target: {title}',
      intro: 'The request {reference}, “{title}”, has missed its {target} target.',
      closing: 'Open it in Portico to see who has it and what it is waiting for.',
      confidentialSubject: 'Request {reference} needs attention',
      confidentialIntro: 'The request {reference} needs attention. Sign in to Portico to see it.',
    },
  },
  targets: { firstResponse: 'first response', resolution: 'resolution' },
  open: 'Open in Portico',
  footer: 'Sent by Portico, your HR portal. Replies to this email are not read: please answer in Portico.',
};
