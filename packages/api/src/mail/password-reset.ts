import type { Mail } from './outbox.js';
import type { StaffLocale } from './invitation.js';

/** The link to choose a new password, in the staff member's language. The subject never holds the secret. */
export function passwordResetMail(input: { organisationId: string; organisationName: string; to: string; name: string; link: string; minutes: number; locale: StaffLocale }): Mail {
  const nl = input.locale === 'nl';
  const lines = nl
    ? [
        `Beste ${input.name},`,
        '',
        'Je hebt gevraagd om een nieuw wachtwoord voor Driehoek. Kies het via deze link; hij werkt één keer en is',
        `${input.minutes} minuten geldig:`,
        input.link,
        '',
        'Heb je dit niet gevraagd? Dan hoef je niets te doen: je wachtwoord blijft hetzelfde.',
        '',
        'Met vriendelijke groet,',
        input.organisationName,
      ]
    : [
        `Dear ${input.name},`,
        '',
        'You asked for a new password for Driehoek. Choose it with this link; it works once and for',
        `${input.minutes} minutes:`,
        input.link,
        '',
        'Did you not ask for this? Then you need not do anything: your password stays the same.',
        '',
        'Kind regards,',
        input.organisationName,
      ];
  return {
    organisationId: input.organisationId,
    to: input.to,
    subject: nl ? 'Nieuw wachtwoord voor Driehoek' : 'New password for Driehoek',
    text: lines.join('\n'),
    priority: 'signIn',
    secrets: [input.link.split('#')[1] ?? input.link],
  };
}
