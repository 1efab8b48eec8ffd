import { Consent, FamilyNotification, Match, OPEN_MATCH, type EntityManager, type FamilyMember, type Pupil } from '@driehoek/db';
import { currentConsentRecords, effectiveConsentStatus, type ConsentGiver, type ConsentRecord } from '@driehoek/domain/consent';
import { consentGiverRoleOf } from '@driehoek/domain/pupil';
import type { PortalFamily } from '@driehoek/contracts/portal';
import { pupilGender, type PortalLanguage } from '@driehoek/contracts/pupils';
import { consentNotice } from '../consent/index.js';
import { consentRecordOf } from '../consent/index.js';
import { assessPupilConsent, statusOf } from '../pupil/index.js';

type Item = PortalFamily['children'][number]['consents'][number];

/** The family member's own role towards the consent questions: guardian, mentee, or none. */
export function ownGiver(member: FamilyMember): ConsentGiver | null {
  const role = consentGiverRoleOf({ role: member.role as 'parent' | 'guardian' | 'relative', hasParentalAuthority: member.hasParentalAuthority, isMentee: member.isMentee });
  if (role === 'adultMentee') return 'mentee';
  return role ? 'guardian' : null;
}

/**
 * What a signed-in parent sees: for each of their own children, the status and every consent
 * question the programme asks of the pupil and of them, with the notice in their language and
 * whether they can answer now. Nothing of other families, no case notes.
 */
export async function portalFamilyOf(em: EntityManager, records: readonly FamilyMember[], today: string): Promise<PortalFamily> {
  const first = records[0];
  const children: PortalFamily['children'] = [];
  // Everything the page shows, in one round of queries for all the children at once (the records
  // come with their pupil, its programme and the organisation; see familyProcedure).
  const pupils = records.map((member) => member.pupil as Pupil);
  const [allConsents, allNotifications, openMatchCounts] = await Promise.all([
    em.find(Consent, { pupil: { $in: pupils } }),
    em.find(FamilyNotification, { pupil: { $in: pupils } }),
    Promise.all(pupils.map((pupil) => em.count(Match, { pupil, ...OPEN_MATCH }))),
    em.populate(pupils, ['programme']),
    em.populate(first ? [first] : [], ['organisation']),
  ]);
  for (const [index, member] of records.entries()) {
    const pupil = member.pupil as Pupil;
    const consents = allConsents.filter((consent) => consent.pupil.id === pupil.id);
    const notifications = allNotifications.filter((notification) => notification.pupil.id === pupil.id);
    const openMatches = openMatchCounts[index]!;
    const assessment = assessPupilConsent(pupil, { consents, notifications }, today);
    const current = currentConsentRecords(consents.map(consentRecordOf));
    const language = member.preferredLanguage as PortalLanguage;
    const giver = ownGiver(member);
    const pupilAgreed = current.some((r) => r.purpose === 'mentoring' && r.giverRole === 'pupil' && effectiveConsentStatus(r) === 'given');
    const closed = assessment.applicationOutcome === 'closedRefused';

    const items: Item[] = [];
    for (const requirement of pupil.programme.settings.consent.purposes) {
      const purposeState = assessment.purposes.find((p) => p.purpose === requirement.purpose);
      for (const slot of requirement.givers) {
        if (slot !== 'pupil' && slot !== giver) continue;
        const personId = slot === 'pupil' ? pupil.id : member.id;
        const own = current.find((r) => r.purpose === requirement.purpose && r.giverPersonId === personId);
        const state = own ? stateOf(own) : 'pending';
        const answerable = !own || state === 'refused' || state === 'withdrawn';
        const orderOk = slot !== 'guardian' || pupilAgreed;
        items.push({
          purpose: requirement.purpose,
          giver: slot,
          canAnswer: !closed && answerable && orderOk,
          neededToMatch: requirement.neededToMatch,
          state: purposeState && slot === 'pupil' ? (purposeState.givers.find((g) => g.giver === 'pupil')?.state ?? state) : state,
          ownConsentId: own && effectiveConsentStatus(own) === 'given' ? own.id : null,
          notice: consentNotice(requirement.purpose, language, slot === 'pupil', pupil.programme.settings.consent),
        });
      }
    }
    children.push({
      pupilId: pupil.id,
      firstName: pupil.firstName,
      gender: pupilGender.safeParse(pupil.gender).data ?? null,
      programme: { name: pupil.programme.name, template: pupil.programme.template },
      status: statusOf(pupil, assessment, openMatches > 0),
      consents: items,
    });
  }
  return { organisation: { name: first?.organisation.name ?? '' }, children };
}

function stateOf(record: ConsentRecord): Item['state'] {
  const status = effectiveConsentStatus(record);
  return status === 'given' ? 'given' : status === 'refused' ? 'refused' : 'withdrawn';
}
