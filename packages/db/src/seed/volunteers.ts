import { createHash, randomBytes } from 'node:crypto';
import { addDays, type IsoDate } from '@driehoek/domain/calendar';
import type { EntityManager } from '../orm.js';
import { ReferenceCheck, Volunteer, type Organisation, type Programme } from '../entities/index.js';
import type { SeedServices } from './services.js';

type Stage = 'applied' | 'interviewed' | 'references' | 'vogRequested' | 'vogSeen' | 'signed' | 'ready' | 'rejected' | 'withdrawn';

/**
 * The demo applicants. `appliedDaysAgo` is set for the volunteers of the demo matches: their
 * screening was complete before their match was proposed (SCR-1, CON-1(iii)); the others applied
 * 90 days ago and later, three days apart.
 */
export const PEOPLE: { first: string; last: string; stage: Stage; programme: 'schoolsCool' | 'thuisschoolmaatje' | 'parentRus'; channel: string; languages: string[]; appliedDaysAgo?: number }[] = [
  { first: 'Sanne', last: 'Jansen', stage: 'applied', programme: 'schoolsCool', channel: 'socialMedia', languages: ['nl', 'en'] },
  { first: 'Mehmet', last: 'Yilmaz', stage: 'interviewed', programme: 'schoolsCool', channel: 'employer', languages: ['nl', 'tr'] },
  { first: 'Els', last: 'Bakker', stage: 'references', programme: 'schoolsCool', channel: 'volunteerCentre', languages: ['nl'] },
  { first: 'Youssef', last: 'Amrani', stage: 'vogRequested', programme: 'schoolsCool', channel: 'friend', languages: ['nl', 'ar'] },
  { first: 'Marta', last: 'Nowak', stage: 'vogSeen', programme: 'schoolsCool', channel: 'school', languages: ['nl', 'pl', 'en'] },
  { first: 'Pieter', last: 'de Boer', stage: 'signed', programme: 'schoolsCool', channel: 'employer', languages: ['nl'] },
  { first: 'Ayaan', last: 'Hassan', stage: 'ready', programme: 'schoolsCool', channel: 'socialMedia', languages: ['nl', 'so', 'en'] },
  { first: 'Lotte', last: 'Visser', stage: 'ready', programme: 'schoolsCool', channel: 'volunteerCentre', languages: ['nl', 'en'], appliedDaysAgo: 100 },
  { first: 'Kees', last: 'Smit', stage: 'rejected', programme: 'schoolsCool', channel: 'other', languages: ['nl'] },
  { first: 'Nina', last: 'Mulder', stage: 'withdrawn', programme: 'schoolsCool', channel: 'friend', languages: ['nl'] },
  { first: 'Daan', last: 'Peters', stage: 'applied', programme: 'thuisschoolmaatje', channel: 'socialMedia', languages: ['nl'] },
  { first: 'Zeynep', last: 'Kaya', stage: 'interviewed', programme: 'thuisschoolmaatje', channel: 'school', languages: ['nl', 'tr'] },
  { first: 'Iris', last: 'van Dijk', stage: 'ready', programme: 'thuisschoolmaatje', channel: 'employer', languages: ['nl', 'en'], appliedDaysAgo: 70 },
  { first: 'Fenna', last: 'Bos', stage: 'ready', programme: 'schoolsCool', channel: 'employer', languages: ['nl', 'de'] },
  { first: 'Rachid', last: 'Ouali', stage: 'ready', programme: 'schoolsCool', channel: 'friend', languages: ['nl', 'ar', 'ber'] },
  { first: 'Bram', last: 'Koster', stage: 'ready', programme: 'thuisschoolmaatje', channel: 'socialMedia', languages: ['nl', 'tr'] },
  { first: 'Ans', last: 'de Graaf', stage: 'ready', programme: 'parentRus', channel: 'volunteerCentre', languages: ['nl', 'ar'], appliedDaysAgo: 170 },
];

/** A stable, unguessable hash for demo status links nobody has (the demo people got no e-mail). */
const unusableTokenHash = () => createHash('sha256').update(randomBytes(32)).digest('hex');

/** Applicants in every screening stage, and enough ready volunteers to match the demo pupils. */
export async function seedVolunteers(
  em: EntityManager,
  at: { organisation: Organisation; programmes: Record<'schoolsCool' | 'thuisschoolmaatje' | 'parentRus', Programme> },
  services: SeedServices,
) {
  for (const [index, person] of PEOPLE.entries()) {
    const programme = at.programmes[person.programme];
    const postcode = programme.template === 'thuisschoolmaatje' ? `35${String(20 + index).padStart(2, '0')} AB` : `69${String(1 + (index % 5) * 11).padStart(2, '0')} AB`;
    const point = await services.locate(postcode);
    addApplicant(em, person, programme, at.organisation, services.today, index, postcode, point);
  }
}

function addApplicant(
  em: EntityManager,
  person: (typeof PEOPLE)[number],
  programme: Programme,
  organisation: Organisation,
  today: IsoDate,
  index: number,
  postcode: string,
  point: { lat: number; lon: number } | null,
) {
  // Every step lies in the past, also for the last applicant (applied 45 days ago, trained 12 days ago).
  const applied = addDays(today, -(person.appliedDaysAgo ?? 90 - index * 3));
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
    postcode,
    latitude: point?.lat ?? null,
    longitude: point?.lon ?? null,
    gender: index % 3 === 0 ? 'male' : 'female',
    skills: SKILLS[index % SKILLS.length]!,
    capacity: index % 4 === 0 ? 2 : 1,
    birthDate: addDays(today, -(365 * (24 + index * 3))),
    languages: person.languages,
    availability: [
      { day: 'monday', part: 'evening' },
      { day: 'tuesday', part: 'evening' },
      { day: 'wednesday', part: 'afternoon' },
      { day: index % 2 ? 'thursday' : 'friday', part: 'afternoon' },
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
    volunteer.vogResult = 'provided';
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

const SKILLS = [
  ['planning', 'homework', 'structure'],
  ['mathematics', 'homework'],
  ['dutchLanguage', 'parentInvolvement', 'contactWithSchool'],
  ['selfConfidence', 'attention', 'leisure'],
];
