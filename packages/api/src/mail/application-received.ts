import type { Mail } from './outbox.js';

const TEXTS = {
  nl: {
    subject: (programme: string) => `We hebben je aanmelding ontvangen: ${programme}`,
    body: (name: string, programme: string, organisation: string, link: string) =>
      [
        `Beste ${name},`,
        '',
        `Dank je wel voor je aanmelding als vrijwilliger bij ${programme} van ${organisation}.`,
        'Een coördinator neemt contact met je op voor een kennismakingsgesprek.',
        '',
        'Via deze persoonlijke link zie je hoe het met je aanmelding staat:',
        link,
        '',
        'Deel deze link niet met anderen.',
        '',
        `Met vriendelijke groet,`,
        organisation,
      ].join('\n'),
  },
  en: {
    subject: (programme: string) => `We received your application: ${programme}`,
    body: (name: string, programme: string, organisation: string, link: string) =>
      [
        `Dear ${name},`,
        '',
        `Thank you for applying as a volunteer with ${programme} of ${organisation}.`,
        'A coordinator will contact you to plan an introductory interview.',
        '',
        'This personal link shows where your application stands:',
        link,
        '',
        'Please do not share this link.',
        '',
        'Kind regards,',
        organisation,
      ].join('\n'),
  },
} as const;

/** The confirmation e-mail with the private status link. The secret sits in the fragment, which never reaches a server log. */
export function applicationReceivedMail(input: {
  organisationId: string;
  to: string;
  firstName: string;
  programmeName: string;
  organisationName: string;
  publicUrl: string;
  statusToken: string;
  locale: 'nl' | 'en';
}): Mail {
  const texts = TEXTS[input.locale];
  const link = `${input.publicUrl.replace(/\/$/, '')}/portal/application#${input.statusToken}`;
  return {
    organisationId: input.organisationId,
    to: input.to,
    subject: texts.subject(input.programmeName),
    text: texts.body(input.firstName, input.programmeName, input.organisationName, link),
    secrets: [input.statusToken],
  };
}
