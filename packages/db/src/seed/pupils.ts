import { addDays, type IsoDate } from '@driehoek/domain/calendar';
import { CONSENT_SCOPE, consentAgeFields, type ConsentGiverRole } from '@driehoek/domain/consent';
import type { EntityManager } from '../orm.js';
import { Consent, FamilyMember, Pupil, type Organisation, type Programme, type School, type StaffMember } from '../entities/index.js';
import type { SeedServices } from './services.js';

/** The demo parent who can sign in to the portal (a one-time code arrives in the outbox). */
export const DEMO_PARENT_EMAIL = 'ouder@example.org';

type ConsentProgress = 'none' | 'pupil' | 'all';

interface DemoPupil {
  firstName: string;
  lastName: string;
  gender: 'female' | 'male';
  age: number;
  school: 'academieTien' | 'liemersCollege';
  programme: 'schoolsCool' | 'thuisschoolmaatje' | 'parentRus';
  vulnerabilityReasons: ('parentsInVitalJobs' | 'familyHitByIllness' | 'parentsDoNotSpeakDutch' | 'littleStructureAtHome')[];
  helpRequest: string;
  homeLanguages: string[];
  postcode: string;
  /** The home address, shared with the volunteer under SHARE_CONTACT_DETAILS. */
  address?: string;
  needs: string[];
  parent: { firstName: string; email: string; language: 'nl' | 'en' | 'ar' | 'tr' | 'pl'; readsDutch: boolean };
  consent: ConsentProgress;
  /** Also the EVALUATION consent (EVA-1), not needed to match. */
  evaluationConsent?: boolean;
  waitingDays: number;
}

const EVENINGS = [
  { day: 'monday', part: 'evening' },
  { day: 'tuesday', part: 'evening' },
  { day: 'wednesday', part: 'afternoon' },
  { day: 'thursday', part: 'afternoon' },
  { day: 'friday', part: 'afternoon' },
] as const;

/** Help requests in the seed's own words (thuisschoolmaatje-handreiking-mentoren.txt, step 2). */
const PUPILS: DemoPupil[] = [
  { firstName: 'Amira', lastName: 'Benali', gender: 'female', age: 13, school: 'academieTien', programme: 'thuisschoolmaatje', vulnerabilityReasons: ['parentsDoNotSpeakDutch', 'littleStructureAtHome'], helpRequest: 'Er is niemand thuis aan wie ze hulp kan vragen over haar werk. Er is behoefte aan aandacht en steun.', homeLanguages: ['ar', 'nl'], postcode: '3541 AB', needs: ['attention', 'homework'], parent: { firstName: 'Samira', email: DEMO_PARENT_EMAIL, language: 'ar', readsDutch: false }, consent: 'none', waitingDays: 7 },
  { firstName: 'Emre', lastName: 'Demir', gender: 'male', age: 12, school: 'academieTien', programme: 'thuisschoolmaatje', vulnerabilityReasons: ['parentsInVitalJobs'], helpRequest: 'Hij is snel afgeleid en heeft hulp nodig bij overzicht, taakinitiatie en het afronden van taken.', homeLanguages: ['tr', 'nl'], postcode: '3543 CD', needs: ['planning', 'structure'], parent: { firstName: 'Ayse', email: 'ayse.demir@example.org', language: 'tr', readsDutch: true }, consent: 'pupil', waitingDays: 9 },
  { firstName: 'Lina', lastName: 'Haddad', gender: 'female', age: 13, school: 'academieTien', programme: 'thuisschoolmaatje', vulnerabilityReasons: ['parentsInVitalJobs'], helpRequest: 'Ouders hebben beiden een vitaal beroep en zijn sinds kort gescheiden. Er is hulp nodig bij planning en dagstructuur.', homeLanguages: ['ar', 'nl'], postcode: '3552 EF', address: 'Amsterdamsestraatweg 212, Utrecht', needs: ['planning', 'structure'], parent: { firstName: 'Nadia', email: 'nadia.haddad@example.org', language: 'ar', readsDutch: true }, consent: 'all', waitingDays: 45 },
  { firstName: 'Tim', lastName: 'de Wit', gender: 'male', age: 12, school: 'academieTien', programme: 'thuisschoolmaatje', vulnerabilityReasons: ['familyHitByIllness'], helpRequest: 'Hij is onzeker en twijfelt over zijn eigen capaciteiten; het helpt als we aandacht besteden aan zijn zelfvertrouwen.', homeLanguages: ['nl'], postcode: '3581 GH', needs: ['selfConfidence', 'homework'], parent: { firstName: 'Karin', email: 'karin.dewit@example.org', language: 'nl', readsDutch: true }, consent: 'all', waitingDays: 14 },
  { firstName: 'Noah', lastName: 'Jansen', gender: 'male', age: 12, school: 'liemersCollege', programme: 'schoolsCool', vulnerabilityReasons: ['littleStructureAtHome'], helpRequest: 'Noah vergeet vaak zijn huiswerk en heeft hulp nodig bij plannen en structuur.', homeLanguages: ['nl'], postcode: '6901 CD', needs: ['planning', 'homework', 'structure'], parent: { firstName: 'Petra', email: 'petra.jansen@example.org', language: 'nl', readsDutch: true }, consent: 'all', waitingDays: 75 },
  { firstName: 'Sara', lastName: 'El Idrissi', gender: 'female', age: 11, school: 'liemersCollege', programme: 'schoolsCool', vulnerabilityReasons: ['parentsDoNotSpeakDutch'], helpRequest: 'De ouders spreken weinig Nederlands; Sara heeft hulp nodig bij taal en het contact met school.', homeLanguages: ['ar', 'ber'], postcode: '6912 EF', needs: ['dutchLanguage', 'parentInvolvement', 'contactWithSchool'], parent: { firstName: 'Fatima', email: 'fatima.elidrissi@example.org', language: 'ar', readsDutch: false }, consent: 'all', waitingDays: 45 },
  { firstName: 'Milan', lastName: 'Visser', gender: 'male', age: 12, school: 'liemersCollege', programme: 'schoolsCool', vulnerabilityReasons: ['familyHitByIllness'], helpRequest: 'Moeder is ziek; Milan heeft aandacht en steun nodig en hulp bij wiskunde.', homeLanguages: ['nl'], postcode: '6923 GH', needs: ['mathematics', 'attention'], parent: { firstName: 'Ron', email: 'ron.visser@example.org', language: 'nl', readsDutch: true }, consent: 'all', waitingDays: 12 },
  { firstName: 'Oliwia', lastName: 'Kowalczyk', gender: 'female', age: 13, school: 'liemersCollege', programme: 'schoolsCool', vulnerabilityReasons: ['parentsInVitalJobs', 'parentsDoNotSpeakDutch'], helpRequest: 'Beide ouders werken in ploegendienst; Oliwia heeft hulp nodig bij plannen en Nederlands.', homeLanguages: ['pl'], postcode: '6934 JK', needs: ['planning', 'dutchLanguage'], parent: { firstName: 'Anna', email: 'anna.kowalczyk@example.org', language: 'pl', readsDutch: false }, consent: 'all', waitingDays: 20 },
  // Parent'R'US: the mother is the mentee (she gives the consents herself, also to the questionnaires).
  { firstName: 'Yasmin', lastName: 'Saleh', gender: 'female', age: 10, school: 'liemersCollege', programme: 'parentRus', vulnerabilityReasons: ['parentsDoNotSpeakDutch'], helpRequest: 'Moeder wil meer betrokken zijn bij school en de ontwikkeling van haar dochter, en zoekt steun bij het contact met school.', homeLanguages: ['ar', 'nl'], postcode: '6915 AB', needs: ['parentInvolvement', 'contactWithSchool'], parent: { firstName: 'Hanan', email: 'hanan.saleh@example.org', language: 'ar', readsDutch: false }, consent: 'all', evaluationConsent: true, waitingDays: 150 },
  { firstName: 'Daan', lastName: 'Smit', gender: 'male', age: 12, school: 'liemersCollege', programme: 'schoolsCool', vulnerabilityReasons: ['littleStructureAtHome'], helpRequest: 'Daan heeft moeite om thuis aan zijn schoolwerk te beginnen en het af te maken.', homeLanguages: ['nl'], postcode: '6945 LM', needs: ['structure', 'selfConfidence'], parent: { firstName: 'Linda', email: 'linda.smit@example.org', language: 'nl', readsDutch: true }, consent: 'all', waitingDays: 5 },
];

/**
 * Pupils nominated by the schools, in every consent state: nothing asked yet (the portal demo
 * family of DEMO_PARENT_EMAIL), the pupil agreed and the parents still to ask, and ready to
 * match with every consent recorded in person by the coordinator.
 */
export async function seedPupils(
  em: EntityManager,
  at: {
    organisation: Organisation;
    programmes: Record<'schoolsCool' | 'thuisschoolmaatje' | 'parentRus', Programme>;
    schools: Record<'academieTien' | 'liemersCollege', School>;
    schoolMentor: StaffMember;
    coordinator: StaffMember;
  },
  services: SeedServices,
) {
  for (const data of PUPILS) {
    const point = await services.locate(data.postcode);
    const parentMentee = at.programmes[data.programme].settings.mentee === 'parent';
    const nominatedOn = addDays(services.today, -data.waitingDays);
    const pupil = em.create(Pupil, {
      organisation: at.organisation,
      programme: at.programmes[data.programme],
      school: at.schools[data.school],
      firstName: data.firstName,
      lastName: data.lastName,
      birthDate: addDays(services.today, -(365 * data.age + 40)),
      schoolYear: data.age >= 12 ? 'Brugklas' : 'Groep 8',
      vulnerabilityReasons: data.vulnerabilityReasons,
      vulnerabilityNote: null,
      helpRequest: data.helpRequest,
      homeLanguages: data.homeLanguages,
      postcode: data.postcode,
      address: data.address ?? null,
      nominatedById: at.schoolMentor.id,
      nominatedOn,
      closedOn: null,
      needs: data.needs,
      availability: [...EVENINGS],
      genderPreference: null,
      gender: data.gender,
      latitude: point?.lat ?? null,
      longitude: point?.lon ?? null,
    });
    const parent = em.create(FamilyMember, {
      organisation: at.organisation,
      pupil,
      role: 'parent',
      firstName: data.parent.firstName,
      lastName: data.lastName,
      email: data.parent.email,
      phone: '06 12121212',
      preferredLanguage: data.parent.language,
      readsDutch: data.parent.readsDutch,
      hasParentalAuthority: true,
      isMentee: parentMentee,
    });
    if (data.firstName === 'Amira') {
      em.create(FamilyMember, { organisation: at.organisation, pupil, role: 'relative', firstName: 'Youssef', lastName: data.lastName, email: null, phone: '06 99887766', preferredLanguage: 'nl', readsDutch: true, hasParentalAuthority: false, isMentee: false });
    }
    const givers: ConsentGiverRole[] = parentMentee ? (data.consent === 'all' ? ['adultMentee'] : []) : data.consent === 'all' ? ['pupil', 'parentWithAuthority'] : data.consent === 'pupil' ? ['pupil'] : [];
    for (const giverRole of givers) {
      for (const requirement of pupil.programme.settings.consent.purposes.filter((r) => r.neededToMatch || (data.evaluationConsent && r.purpose === 'evaluation'))) {
        const child = giverRole === 'pupil';
        if (!requirement.givers.includes(child ? 'pupil' : giverRole === 'adultMentee' ? 'mentee' : 'guardian')) continue;
        const language = child ? 'nl' : data.parent.language;
        const notice = services.notice(requirement.purpose, language, child, pupil.programme.settings.consent);
        const decidedOn = addDays(nominatedOn, child ? 1 : 2);
        em.create(Consent, {
          organisation: at.organisation,
          pupil,
          purpose: requirement.purpose,
          dataCategories: [...CONSENT_SCOPE[requirement.purpose].dataCategories],
          recipients: [...CONSENT_SCOPE[requirement.purpose].recipients],
          giverPersonId: child ? pupil.id : parent.id,
          giverRole,
          ...consentAgeFields({ birthDate: pupil.birthDate }, giverRole, decidedOn),
          authorityVerificationMethod: child || parentMentee ? null : 'inPersonWithFamily',
          authorityVerifiedBy: child || parentMentee ? null : at.coordinator.id,
          authorityVerifiedOn: child || parentMentee ? null : decidedOn,
          noticeVersionId: notice.versionId,
          noticeContentHash: notice.contentHash,
          noticeLanguage: language,
          noticeChildFriendly: child,
          affirmativeAction: true,
          decision: 'given',
          decidedOn,
          method: 'inPerson',
          recordedById: at.coordinator.id,
          recordedByRole: 'coordinator',
          recordedByName: at.coordinator.name,
          status: 'given',
        });
      }
    }
  }
}

export type { IsoDate };
