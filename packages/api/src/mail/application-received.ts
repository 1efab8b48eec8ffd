import { composeMail, type Letterhead } from './layout.js';
import type { Mail } from './outbox.js';

const TEXTS = {
  nl: {
    subject: (programme: string) => `We hebben je aanmelding ontvangen: ${programme}`,
    paragraphs: (programme: string, organisation: string, link: string) => [
      `Dank je wel voor je aanmelding als vrijwilliger bij ${programme} van ${organisation}.\nEen coördinator neemt contact met je op voor een kennismakingsgesprek.`,
      `Via deze persoonlijke link zie je hoe het met je aanmelding staat:\n${link}`,
      'Deel deze link niet met anderen.',
    ],
  },
  en: {
    subject: (programme: string) => `We received your application: ${programme}`,
    paragraphs: (programme: string, organisation: string, link: string) => [
      `Thank you for applying as a volunteer with ${programme} of ${organisation}.\nA coordinator will contact you to plan an introductory interview.`,
      `This personal link shows where your application stands:\n${link}`,
      'Please do not share this link.',
    ],
  },
} as const;

/**
 * The confirmation e-mail with the private status link, in the one layout (the organisation's
 * contact in the signature). The secret sits in the fragment, which never reaches a server log.
 */
export function applicationReceivedMail(input: {
  letterhead: Letterhead;
  to: string;
  firstName: string;
  programmeName: string;
  publicUrl: string;
  statusToken: string;
  locale: 'nl' | 'en';
}): Mail {
  const texts = TEXTS[input.locale];
  const link = `${input.publicUrl.replace(/\/$/, '')}/portal/application#${input.statusToken}`;
  return composeMail({
    letterhead: input.letterhead,
    language: input.locale,
    to: input.to,
    name: input.firstName,
    subject: texts.subject(input.programmeName),
    paragraphs: texts.paragraphs(input.programmeName, input.letterhead.organisationName, link),
    secrets: [input.statusToken],
  });
}
