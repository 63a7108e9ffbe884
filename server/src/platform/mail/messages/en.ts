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
    'profile.request_received': {
      subject: '{person} asks you to approve a change to {fields}',
      intro: '{person} has asked to change {fields}. The change waits for your decision.',
      closing: 'See what changes, then approve or reject it in Portico.',
    },
    'profile.request_approved': {
      subject: 'Your change to {fields} was approved',
      intro: 'Your change to {fields} was approved.',
      closing: 'Portico shows when it takes effect.',
    },
    'profile.request_rejected': {
      subject: 'Your change to {fields} was not approved',
      intro: 'Your change to {fields} was not approved.',
      closing: 'The reason is in Portico, where you can ask again.',
    },
    'profile.bank_requested': {
      subject: 'A change to the bank account for your salary was requested',
      intro: 'On {at}, someone signed in to Portico as you asked to change the bank account your salary is paid into.',
      closing:
        'If it was you, there is nothing to do. If it was not, withdraw the request in Portico and tell HR at once: the new account is not used before HR approves it and a safety delay has passed.',
    },
    'profile.bank_applied': {
      subject: 'The bank account for your salary was changed',
      intro: 'On {at}, the bank account your salary is paid into was changed in your record.',
      closing: 'If you did not ask for this, tell HR at once.',
    },
  },
  targets: { firstResponse: 'first response', resolution: 'resolution' },
  fieldNames: {
    legalName: 'your legal name',
    preferredName: 'your preferred name',
    pronouns: 'your pronouns',
    dateOfBirth: 'your date of birth',
    personalEmail: 'your personal email',
    phones: 'your phone numbers',
    homeAddress: 'your home address',
    emergencyContacts: 'your emergency contacts',
    bankAccount: 'your bank account',
    nationalId: 'your national ID',
  },
  open: 'Open in Portico',
  footer: 'Sent by Portico, your HR portal. Replies to this email are not read: please answer in Portico.',
};
