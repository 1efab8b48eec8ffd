import type { QuestionnaireMoment, QuestionnaireRole } from '@driehoek/domain/programme';
import { EvaluationInvitation, FamilyMember, StaffMember, Volunteer, type EntityManager } from '@driehoek/db';
import { questionnairesToFollowUp } from '@driehoek/domain/evaluation';
import type { QuestionnaireFollowUp } from '@driehoek/contracts/evaluation';
import { definitionOf, definitionsOf, titleOf } from './definitions.js';

/** The names of the people asked, by the table each is in: one query per kind. */
async function namesOf(em: EntityManager, rows: readonly EvaluationInvitation[]): Promise<Map<string, string>> {
  const ids = (kind: string) => [...new Set(rows.filter((row) => row.personKind === kind).map((row) => row.personId))];
  const names = new Map<string, string>();
  const [members, volunteers, staff] = [ids('familyMember'), ids('volunteer'), ids('staff')];
  if (members.length > 0) for (const m of await em.find(FamilyMember, { id: { $in: members } })) names.set(m.id, `${m.firstName} ${m.lastName}`);
  if (volunteers.length > 0) for (const v of await em.find(Volunteer, { id: { $in: volunteers } })) names.set(v.id, `${v.firstName} ${v.lastName}`);
  if (staff.length > 0) for (const s of await em.find(StaffMember, { id: { $in: staff } })) names.set(s.id, s.name);
  return names;
}

/**
 * *Vandaag*'s questionnaires (DOMAIN.md §7): the organisation's invitations that went out and are
 * neither answered nor expired, due or overdue as the domain says (`questionnairesToFollowUp`:
 * overdue from the reminder's day), grouped per match, overdue matches first.
 */
export async function questionnaireFollowUpOf(
  em: EntityManager,
  organisationId: string,
  scope: { readonly programmeId?: string; readonly language: 'nl' | 'en' },
  today: string,
): Promise<QuestionnaireFollowUp> {
  const rows = await em.find(
    EvaluationInvitation,
    { organisation: organisationId, answeredOn: null, sendOn: { $lte: today }, expiresOn: { $gt: today }, ...(scope.programmeId ? { programme: scope.programmeId } : {}) },
    { populate: ['match.pupil', 'match.volunteer', 'programme'], orderBy: { sendOn: 'asc' } },
  );
  const names = await namesOf(em, rows);
  const definitions = new Map<string, Awaited<ReturnType<typeof definitionsOf>>>();
  const byMatch = new Map<string, QuestionnaireFollowUp[number]>();
  for (const { invitation: row, urgency, lastDay } of questionnairesToFollowUp(rows, today)) {
    if (!definitions.has(row.programme.id)) definitions.set(row.programme.id, await definitionsOf(em, row.programme.id));
    const { match } = row;
    let entry = byMatch.get(match.id);
    if (!entry) {
      entry = {
        matchId: match.id,
        pupilName: `${match.pupil.firstName} ${match.pupil.lastName}`,
        volunteerName: `${match.volunteer.firstName} ${match.volunteer.lastName}`,
        programmeName: row.programme.name,
        urgency,
        outstanding: [],
      };
      byMatch.set(match.id, entry);
    }
    (entry.outstanding as QuestionnaireFollowUp[number]['outstanding'][number][]).push({
      invitationId: row.id,
      personName: names.get(row.personId) ?? '',
      role: row.role as QuestionnaireRole,
      title: titleOf(definitionOf(definitions.get(row.programme.id)!, row.questionnaireId, row.version), scope.language),
      moment: row.moment as QuestionnaireMoment,
      sendOn: row.sendOn,
      lastDay,
      urgency,
    });
  }
  return [...byMatch.values()];
}
