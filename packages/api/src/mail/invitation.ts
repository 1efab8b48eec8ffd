import type { Mail } from './outbox.js';

export type InvitedRole = 'coordinator' | 'admin' | 'safeguardingLead' | 'schoolMentor';
export type StaffLocale = 'nl' | 'en';

const ROLE_WORDS: Record<StaffLocale, Record<InvitedRole, (schoolName: string | null) => string>> = {
  nl: {
    coordinator: () => 'coördinator',
    admin: () => 'beheerder',
    safeguardingLead: () => 'aandachtsfunctionaris (coördinator)',
    schoolMentor: (school) => `schoolmentor van ${school ?? 'je school'}`,
  },
  en: {
    coordinator: () => 'coordinator',
    admin: () => 'admin',
    safeguardingLead: () => 'safeguarding lead (coordinator)',
    schoolMentor: (school) => `school mentor of ${school ?? 'your school'}`,
  },
};

/** The invitation of a new staff member, in the language chosen for them. */
export function invitationMail(input: {
  organisationId: string;
  organisationName: string;
  to: string;
  name: string;
  role: InvitedRole;
  schoolName: string | null;
  invitedBy: string;
  link: string;
  days: number;
  locale: StaffLocale;
}): Mail {
  const role = ROLE_WORDS[input.locale][input.role](input.schoolName);
  const nl = input.locale === 'nl';
  const lines = nl
    ? [
        `Beste ${input.name},`,
        '',
        `${input.invitedBy} van ${input.organisationName} nodigt je uit als ${role} in Driehoek.`,
        ...(input.role === 'schoolMentor' ? ['Daarmee meld je leerlingen aan en zie je hoe het met hun aanmelding staat.'] : []),
        '',
        `Kies binnen ${input.days} dagen je wachtwoord via deze link (hij werkt één keer):`,
        input.link,
        '',
        'Met vriendelijke groet,',
        input.organisationName,
      ]
    : [
        `Dear ${input.name},`,
        '',
        `${input.invitedBy} of ${input.organisationName} invites you to Driehoek as ${role}.`,
        ...(input.role === 'schoolMentor' ? ['You can then nominate pupils and follow their nomination.'] : []),
        '',
        `Choose your password within ${input.days} days with this link (it works once):`,
        input.link,
        '',
        'Kind regards,',
        input.organisationName,
      ];
  return {
    organisationId: input.organisationId,
    to: input.to,
    subject: nl ? `Uitnodiging: Driehoek van ${input.organisationName}` : `Invitation: Driehoek of ${input.organisationName}`,
    text: lines.join('\n'),
    priority: 'signIn',
    secrets: [input.link.split('#')[1] ?? input.link],
  };
}
