import { createHash, randomBytes } from 'node:crypto';
import { addDays, type IsoDate } from '@driehoek/domain/calendar';
import { programmeSettingsFromTemplate } from '@driehoek/domain/programme';
import type { EntityManager, Orm } from '../orm.js';
import { FamilyMember, Organisation, Programme, Pupil, ReferenceCheck, School, StaffMember, Volunteer } from '../entities/index.js';

/** The demo logins printed at start-up and listed in the README. */
export const DEMO_LOGINS = [
  { email: 'coordinator@schoolscool.example', password: 'driehoek-demo', name: 'Fatima El Amrani', organisation: 'liemers' },
  { email: 'admin@schoolscool.example', password: 'driehoek-demo', name: 'Joost de Vries', organisation: 'liemers', role: 'admin' },
  { email: 'coordinator@utrecht.example', password: 'driehoek-demo', name: 'Anna Kowalska', organisation: 'utrecht' },
  { email: 'mentor@academie-tien.example', password: 'driehoek-demo', name: 'Sven Hoekstra', organisation: 'liemers', role: 'schoolMentor' },
] as const;

/** The demo parent who can sign in to the portal (a one-time code arrives in the outbox). */
export const DEMO_PARENT_EMAIL = 'ouder@example.org';

type Stage = 'applied' | 'interviewed' | 'references' | 'vogRequested' | 'vogSeen' | 'signed' | 'ready' | 'rejected' | 'withdrawn';

const PEOPLE: { first: string; last: string; stage: Stage; programme: 'schoolsCool' | 'thuisschoolmaatje'; channel: string; languages: string[] }[] = [
  { first: 'Sanne', last: 'Jansen', stage: 'applied', programme: 'schoolsCool', channel: 'socialMedia', languages: ['nl', 'en'] },
  { first: 'Mehmet', last: 'Yilmaz', stage: 'interviewed', programme: 'schoolsCool', channel: 'employer', languages: ['nl', 'tr'] },
  { first: 'Els', last: 'Bakker', stage: 'references', programme: 'schoolsCool', channel: 'volunteerCentre', languages: ['nl'] },
  { first: 'Youssef', last: 'Amrani', stage: 'vogRequested', programme: 'schoolsCool', channel: 'friend', languages: ['nl', 'ar'] },
  { first: 'Marta', last: 'Nowak', stage: 'vogSeen', programme: 'schoolsCool', channel: 'school', languages: ['nl', 'pl', 'en'] },
  { first: 'Pieter', last: 'de Boer', stage: 'signed', programme: 'schoolsCool', channel: 'employer', languages: ['nl'] },
  { first: 'Ayaan', last: 'Hassan', stage: 'ready', programme: 'schoolsCool', channel: 'socialMedia', languages: ['nl', 'so', 'en'] },
  { first: 'Lotte', last: 'Visser', stage: 'ready', programme: 'schoolsCool', channel: 'volunteerCentre', languages: ['nl', 'en'] },
  { first: 'Kees', last: 'Smit', stage: 'rejected', programme: 'schoolsCool', channel: 'other', languages: ['nl'] },
  { first: 'Nina', last: 'Mulder', stage: 'withdrawn', programme: 'schoolsCool', channel: 'friend', languages: ['nl'] },
  { first: 'Daan', last: 'Peters', stage: 'applied', programme: 'thuisschoolmaatje', channel: 'socialMedia', languages: ['nl'] },
  { first: 'Zeynep', last: 'Kaya', stage: 'interviewed', programme: 'thuisschoolmaatje', channel: 'school', languages: ['nl', 'tr'] },
  { first: 'Iris', last: 'van Dijk', stage: 'ready', programme: 'thuisschoolmaatje', channel: 'employer', languages: ['nl', 'en'] },
];

/** A stable, unguessable hash for demo status links nobody has (the demo people got no e-mail). */
const unusableTokenHash = () => createHash('sha256').update(randomBytes(32)).digest('hex');

/**
 * Fills an empty database with demo data: two organisations (to show that each sees only its
 * own), two programmes, coordinators, and applicants in every screening stage. Does nothing when
 * an organisation already exists, so it is safe to run at every start.
 */
export async function seedDemo(orm: Orm, options: { today: IsoDate; hashPassword: (password: string) => Promise<string> }): Promise<boolean> {
  const em = orm.em.fork();
  if ((await em.count(Organisation, {})) > 0) return false;

  const liemers = em.create(Organisation, { name: "School's cool De Liemers" });
  const utrecht = em.create(Organisation, { name: 'Mentorproject Utrecht' });
  const programmes = {
    schoolsCool: em.create(Programme, {
      organisation: liemers,
      name: "School's cool thuismentoraat",
      template: 'schoolsCool',
      settings: programmeSettingsFromTemplate('schoolsCool'),
    }),
    thuisschoolmaatje: em.create(Programme, {
      organisation: liemers,
      name: 'Thuisschoolmaatje',
      template: 'thuisschoolmaatje',
      settings: programmeSettingsFromTemplate('thuisschoolmaatje'),
    }),
  };
  em.create(Programme, {
    organisation: utrecht,
    name: 'Thuismentoren Utrecht',
    template: 'schoolsCool',
    settings: programmeSettingsFromTemplate('schoolsCool'),
  });

  const school = em.create(School, { organisation: liemers, name: 'Academie Tien', city: 'Utrecht' });
  em.create(School, { organisation: liemers, name: 'Liemers College', city: 'Zevenaar' });
  em.create(School, { organisation: utrecht, name: 'Globe College', city: 'Utrecht' });

  const organisations = { liemers, utrecht };
  const staff: StaffMember[] = [];
  for (const login of DEMO_LOGINS) {
    const role = 'role' in login ? login.role : 'coordinator';
    staff.push(
      em.create(StaffMember, {
        organisation: organisations[login.organisation],
        school: role === 'schoolMentor' ? school : null,
        name: login.name,
        email: login.email,
        passwordHash: await options.hashPassword(login.password),
        role,
      }),
    );
  }
  addPupils(em, { organisation: liemers, programme: programmes.thuisschoolmaatje, school, nominatedBy: staff.find((member) => member.role === 'schoolMentor')!, today: options.today });

  PEOPLE.forEach((person, index) => addApplicant(em, person, programmes[person.programme], liemers, options.today, index));
  await em.flush();
  return true;
}

function addApplicant(
  em: EntityManager,
  person: (typeof PEOPLE)[number],
  programme: Programme,
  organisation: Organisation,
  today: IsoDate,
  index: number,
) {
  const applied = addDays(today, -60 + index * 3);
  const day = (offset: number) => addDays(applied, offset);
  const reached = (stage: Stage) => ORDER.indexOf(person.stage) >= ORDER.indexOf(stage) && !['rejected', 'withdrawn'].includes(person.stage);
  const policy = programme.settings.screening;
  const email = `${person.first}.${person.last}`.toLowerCase().replace(/[^a-z.]/g, '') + '@example.org';
  const volunteer = em.create(Volunteer, {
    organisation,
    programme,
    firstName: person.first,
    lastName: person.last,
    email,
    emailNormalised: email,
    phone: `06 ${String(12345600 + index).padStart(8, '0')}`,
    postcode: `69${String(10 + index).padStart(2, '0')} AB`,
    birthDate: addDays(today, -(365 * (24 + index * 3))),
    languages: person.languages,
    availability: [
      { day: 'tuesday', part: 'evening' },
      { day: index % 2 ? 'wednesday' : 'thursday', part: 'afternoon' },
    ],
    motivation: 'Ik wil graag een leerling helpen met plannen en huiswerk, en de ouders betrekken bij school.',
    channel: person.channel,
    employer: person.channel === 'employer' ? 'Gemeente Zevenaar' : null,
    privacyTextVersion: '2026-11',
    privacyConsentAt: new Date(`${applied}T10:00:00Z`),
    locale: 'nl',
    appliedOn: applied,
    statusTokenHash: unusableTokenHash(),
  });
  if (reached('interviewed') || person.stage === 'rejected') {
    volunteer.interviewHeldOn = day(7);
    volunteer.interviewer = 'Fatima El Amrani';
    volunteer.interviewNotes = 'Enthousiast, ervaring als bijlesgever.';
    volunteer.interviewOutcome = person.stage === 'rejected' ? 'unsuitable' : 'suitable';
  }
  if (reached('references')) {
    for (const referee of ['M. de Groot', 'H. Willems'].slice(0, Math.max(policy.minReferenceChecks, 0))) {
      em.create(ReferenceCheck, { volunteer, checkedOn: day(10), refereeName: referee, outcome: 'positive', recordedBy: 'demo' });
    }
  }
  if (reached('vogRequested') && policy.steps.vog === 'required') volunteer.vogRequestedOn = day(12);
  if (reached('vogSeen') && policy.steps.vog === 'required') {
    volunteer.vogSeenBy = 'Fatima El Amrani';
    volunteer.vogSeenOn = day(30);
    volunteer.vogIssueDate = day(26);
    volunteer.vogScreeningAspects = ['84'];
    volunteer.vogResult = 'PROVIDED';
  }
  if (reached('signed')) {
    volunteer.codeOfConductSignedOn = day(31);
    volunteer.codeOfConductVersion = policy.codeOfConductVersion;
  }
  if (reached('ready')) volunteer.trainingCompletedOn = day(33);
  if (person.stage === 'rejected' || person.stage === 'withdrawn') {
    volunteer.decisionKind = person.stage;
    volunteer.decisionReason = person.stage === 'rejected' ? 'Past niet bij het werken met jongeren (kennismakingsgesprek).' : 'Heeft een nieuwe baan en geen tijd meer.';
    volunteer.decidedOn = day(8);
  }
}

const ORDER: Stage[] = ['applied', 'interviewed', 'references', 'vogRequested', 'vogSeen', 'signed', 'ready'];

/**
 * Pupils nominated by the school mentor: one whose family can sign in to the portal with
 * DEMO_PARENT_EMAIL (nothing asked yet), and one whose parents speak Arabic and Turkish.
 */
function addPupils(
  em: EntityManager,
  at: { organisation: Organisation; programme: Programme; school: School; nominatedBy: StaffMember; today: IsoDate },
) {
  const pupils = [
    {
      firstName: 'Amira',
      lastName: 'Benali',
      birthDate: addDays(at.today, -(365 * 13 + 40)),
      schoolYear: 'Brugklas havo/vwo',
      vulnerabilityReasons: ['parentsDoNotSpeakDutch', 'littleStructureAtHome'] as const,
      helpRequest: 'Er is niemand thuis aan wie ze hulp kan vragen over haar werk. Er is behoefte aan aandacht en steun.',
      homeLanguages: ['ar', 'nl'],
      postcode: '3541 AB',
      family: [
        { role: 'parent', firstName: 'Samira', lastName: 'Benali', email: DEMO_PARENT_EMAIL, phone: '06 22334455', preferredLanguage: 'ar', readsDutch: false, hasParentalAuthority: true },
        { role: 'relative', firstName: 'Youssef', lastName: 'Benali', email: null, phone: '06 99887766', preferredLanguage: 'nl', readsDutch: true, hasParentalAuthority: false },
      ],
    },
    {
      firstName: 'Emre',
      lastName: 'Demir',
      birthDate: addDays(at.today, -(365 * 12 + 100)),
      schoolYear: 'Brugklas vmbo',
      vulnerabilityReasons: ['parentsInVitalJobs'] as const,
      helpRequest: 'Hij is snel afgeleid en heeft hulp nodig bij overzicht en het afronden van taken.',
      homeLanguages: ['tr', 'nl'],
      postcode: '3543 CD',
      family: [
        { role: 'parent', firstName: 'Ayse', lastName: 'Demir', email: 'ayse.demir@example.org', phone: '06 11112222', preferredLanguage: 'tr', readsDutch: true, hasParentalAuthority: true },
      ],
    },
  ];
  for (const data of pupils) {
    const pupil = em.create(Pupil, {
      organisation: at.organisation,
      programme: at.programme,
      school: at.school,
      firstName: data.firstName,
      lastName: data.lastName,
      birthDate: data.birthDate,
      schoolYear: data.schoolYear,
      vulnerabilityReasons: [...data.vulnerabilityReasons],
      vulnerabilityNote: null,
      helpRequest: data.helpRequest,
      homeLanguages: data.homeLanguages,
      postcode: data.postcode,
      nominatedById: at.nominatedBy.id,
      nominatedOn: addDays(at.today, -7),
      closedOn: null,
    });
    for (const member of data.family) em.create(FamilyMember, { ...member, organisation: at.organisation, pupil, isMentee: false });
  }
}
