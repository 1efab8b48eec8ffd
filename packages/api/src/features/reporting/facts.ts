import type { EntityManager } from '@driehoek/db';
import { Programme, ReportNarrative } from '@driehoek/db';
import type { StoredClosure } from '@driehoek/domain/closure';
import type { MeetingFormat } from '@driehoek/domain/programme';
import { recruitmentStagesReached, type NarrativeText, type ProgrammeReportFacts, type ReportPeriod, type ReportSectionKey, type ResultGroup } from '@driehoek/domain/reporting';
import { assess, referencesByVolunteer, screeningColumnsOfRow, screeningColumnsSql } from '../screening/index.js';
import { AppError } from '../../errors/index.js';

type Row = Record<string, unknown>;
/** JSON columns come back as text from SQLite and as objects from PostgreSQL. */
const json = <T>(value: unknown): T | null => (value == null ? null : typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));
const text = (value: unknown): string | null => (value == null ? null : String(value));

/**
 * The questionnaire results of a programme and period, grouped under the annex's sections. Not
 * mapped yet: the evaluation feature's aggregates (`programmeEvaluationAggregate`) have no section
 * of the annex per item, so the report's groups stay empty; the coordinator app's report page shows
 * the questionnaires' completion and item results from `evaluation.results` under 2.1 instead.
 */
export function questionnaireResultsOf(): readonly ResultGroup[] {
  return [];
}

/** The programme of the actor's organisation, or NOT_FOUND (another organisation's is not found either). */
export async function programmeOf(em: EntityManager, organisationId: string, programmeId: string) {
  const programme = await em.findOne(Programme, { id: programmeId, organisation: organisationId });
  if (!programme) throw new AppError('NOT_FOUND', 'programmeId');
  return programme;
}

/**
 * The plain facts of a programme's report for a period (CONVENTIONS 11: rows, not entities, for
 * the matches and logs): the matches that ran in it, their logs added up per match, month and form,
 * the profile facts of the volunteers and pupils, the applicants of the period with the stages they
 * reached, and the narrative texts.
 */
export async function programmeReportFacts(em: EntityManager, organisationId: string, programmeId: string, period: ReportPeriod, today: string): Promise<ProgrammeReportFacts> {
  const programme = await programmeOf(em, organisationId, programmeId);
  const connection = em.getConnection();
  const matchWhere = `m.organisation_id = ? and m.programme_id = ? and m.started_on is not null and m.declined_on is null and m.started_on <= ? and (m.ended_on is null or m.ended_on >= ?)`;
  const matchParams = [organisationId, programmeId, period.until, period.from];
  const applicantParams = [organisationId, programmeId, period.from, period.until];
  const [matches, logs, volunteers, pupils, families, applicants, references, narrative] = await Promise.all([
    connection.execute<Row[]>(`select m.id, m.pupil_id, m.volunteer_id, m.proposed_by_id, m.started_on, m.ended_on, m.closure from "match" m where ${matchWhere}`, matchParams),
    connection.execute<Row[]>(
      `select l.match_id, substr(l.date, 1, 7) as month, l.form, max(l.date) as last, count(*) as meetings, sum(l.duration_minutes) as minutes
         from meeting_log l join "match" m on m.id = l.match_id
        where ${matchWhere} and l.date >= ? and l.date <= ? group by l.match_id, substr(l.date, 1, 7), l.form`,
      [...matchParams, period.from, period.until],
    ),
    connection.execute<Row[]>(`select distinct v.id, v.gender, v.birth_date from volunteer v join "match" m on m.volunteer_id = v.id where ${matchWhere}`, matchParams),
    connection.execute<Row[]>(`select distinct p.id, p.birth_date from pupil p join "match" m on m.pupil_id = p.id where ${matchWhere}`, matchParams),
    // A family is its household: pupils whose parents share an e-mail address are one family (siblings).
    connection.execute<Row[]>(
      `select f.pupil_id, min(f.email) as email from family_member f join "match" m on m.pupil_id = f.pupil_id where ${matchWhere} and f.email is not null group by f.pupil_id`,
      matchParams,
    ),
    // The applicants of the period as rows (CONVENTIONS 11), with the screening columns their stages are judged on.
    connection.execute<Row[]>(
      `select v.id, v.applied_on, v.channel, v.employer, ${screeningColumnsSql('v')} from volunteer v where v.organisation_id = ? and v.programme_id = ? and v.applied_on >= ? and v.applied_on <= ?`,
      applicantParams,
    ),
    connection.execute<Row[]>(
      `select r.volunteer_id, r.checked_on, r.referee_name, r.outcome from reference_check r join volunteer v on v.id = r.volunteer_id
        where v.organisation_id = ? and v.programme_id = ? and v.applied_on >= ? and v.applied_on <= ? order by r.volunteer_id, r.id`,
      applicantParams,
    ),
    em.find(ReportNarrative, { organisation: organisationId, programme: programmeId, periodFrom: period.from, periodUntil: period.until }),
  ]);
  const referencesOf = referencesByVolunteer(references);
  const familyOf = new Map(families.map((row) => [String(row.pupil_id), String(row.email)]));
  const firstMatch = new Map<string, string>();
  if (applicants.length > 0) {
    const rows = await connection.execute<Row[]>(
      `select volunteer_id, min(started_on) as first from "match" where organisation_id = ? and programme_id = ? and started_on is not null group by volunteer_id`,
      [organisationId, programmeId],
    );
    for (const row of rows) firstMatch.set(String(row.volunteer_id), String(row.first));
  }
  return {
    programmeId,
    settings: programme.settings,
    matches: matches.map((row) => ({
      matchId: String(row.id),
      programmeId,
      menteeId: String(row.pupil_id),
      volunteerId: String(row.volunteer_id),
      coordinatorId: text(row.proposed_by_id),
      pupilId: String(row.pupil_id),
      familyId: familyOf.get(String(row.pupil_id)) ?? String(row.pupil_id),
      startedOn: String(row.started_on),
      endedOn: text(row.ended_on),
      closure: json<StoredClosure>(row.closure),
      peer: null,
    })),
    logs: logs.map((row) => ({ matchId: String(row.match_id), date: String(row.last), form: String(row.form) as MeetingFormat, meetings: Number(row.meetings), durationMinutes: Number(row.minutes) })),
    people: [
      ...volunteers.map((row) => ({ id: String(row.id), gender: text(row.gender), birthDate: text(row.birth_date), background: null, workStatus: null })),
      ...pupils.map((row) => ({ id: String(row.id), gender: null, birthDate: text(row.birth_date), background: null, workStatus: null })),
    ],
    applicants: applicants.map((row) => {
      const id = String(row.id);
      const volunteer = screeningColumnsOfRow(row);
      const assessment = assess(volunteer, referencesOf.get(id) ?? [], programme.settings.screening, today);
      const decision = volunteer.decidedOn && volunteer.decisionKind ? volunteer.decidedOn : null;
      return {
        id,
        reached: recruitmentStagesReached(String(row.applied_on), assessment, firstMatch.get(id) ?? null),
        leftOn: decision,
        channel: String(row.channel) as ProgrammeReportFacts['applicants'][number]['channel'],
        employer: text(row.employer)?.trim() || null,
      };
    }),
    results: questionnaireResultsOf(),
    narrative: narrative.map((row): NarrativeText => ({ section: row.section as ReportSectionKey, text: row.text })),
  };
}
