import type { Mail } from './outbox.js';

/** The invitation for a school mentor, in Dutch (school staff work in Dutch). */
export function invitationMail(input: {
  organisationId: string;
  organisationName: string;
  to: string;
  name: string;
  schoolName: string;
  invitedBy: string;
  link: string;
  days: number;
}): Mail {
  return {
    organisationId: input.organisationId,
    to: input.to,
    subject: `Uitnodiging: Driehoek voor ${input.schoolName}`,
    text: [
      `Beste ${input.name},`,
      '',
      `${input.invitedBy} van ${input.organisationName} nodigt je uit als schoolmentor van ${input.schoolName}.`,
      'Daarmee meld je leerlingen aan en zie je hoe het met hun aanmelding staat.',
      '',
      `Kies binnen ${input.days} dagen je wachtwoord via deze link (hij werkt één keer):`,
      input.link,
      '',
      `Met vriendelijke groet,`,
      input.organisationName,
    ].join('\n'),
    priority: 'signIn',
    secrets: [input.link.split('#')[1] ?? input.link],
  };
}
