import type { EntityManager } from '@driehoek/db';
import { Programme, ReportNarrative } from '@driehoek/db';
import type { StoredClosure } from '@driehoek/domain/closure';
import type { MeetingFormat } from '@driehoek/domain/programme';
import { periodsIn, recruitmentStagesReached, type NarrativeText, type ProgrammeReportFacts, type ReportLogTotals, type ReportPeriod, type ReportSectionKey, type ResultGroup } from '@driehoek/domain/reporting';
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
 * the questionnaires' completion and item results from `evaluation.results` under 2.1 instead, and
 * the PDF and Excel exports list them per questionnaire (`questionnaireResultsFor` in export.ts).
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
  const [facts] = await programmeReportFactsOfMany(em, [programme], period, today);
  return facts!;
}

type ProgrammeRow = Awaited<ReturnType<typeof programmeOf>>;

/** Rows grouped by their `programme_id` column. */
function byProgramme(rows: readonly Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = String(row.programme_id);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/**
 * A programme's log totals from its rows of the period's logs per month and form and of the
 * matches that logged per part (0: the whole period; i: the month `parts[i]`).
 */
function logTotalsOf(rows: readonly Row[], logging: readonly Row[], parts: readonly ReportPeriod[]): ReportLogTotals {
  const months = new Map<string, { month: string; minutes: number; matches: number }>();
  const monthOf = (month: string) => {
    let entry = months.get(month);
    if (!entry) months.set(month, (entry = { month, minutes: 0, matches: 0 }));
    return entry;
  };
  const meetings: Partial<Record<MeetingFormat, number>> = {};
  for (const row of rows) {
    const form = String(row.form) as MeetingFormat;
    meetings[form] = (meetings[form] ?? 0) + Number(row.meetings);
    monthOf(String(row.month)).minutes += Number(row.minutes);
  }
  let matches = 0;
  for (const row of logging) {
    const part = Number(row.part);
    if (part === 0) matches = Number(row.matches);
    else monthOf(parts[part]!.from.slice(0, 7)).matches = Number(row.matches);
  }
  return { months: [...months.values()], matches, meetings };
}

/**
 * The report facts of several programmes (of one or more organisations, e.g. every region of a
 * national one) with one query per table for all of them, in the order given.
 */
export async function programmeReportFactsOfMany(em: EntityManager, programmes: readonly ProgrammeRow[], period: ReportPeriod, today: string): Promise<ProgrammeReportFacts[]> {
  if (programmes.length === 0) return [];
  const connection = em.getConnection();
  const organisationIds = [...new Set(programmes.map((programme) => programme.organisation.id))];
  const programmeIds = programmes.map((programme) => programme.id);
  const marks = (values: readonly unknown[]) => values.map(() => '?').join(', ');
  const scope = (alias: string) => `${alias}.organisation_id in (${marks(organisationIds)}) and ${alias}.programme_id in (${marks(programmeIds)})`;
  const scopeParams = [...organisationIds, ...programmeIds];
  const matchWhere = `${scope('m')} and m.started_on is not null and m.declined_on is null and m.started_on <= ? and (m.ended_on is null or m.ended_on >= ?)`;
  const matchParams = [...scopeParams, period.until, period.from];
  const applicantParams = [...scopeParams, period.from, period.until];
  // The whole period, then its months (the report's trend), as rows to look for logs in.
  const parts = [period, ...periodsIn(period, 'month')];
  const partsSql = parts.map((_, i) => (i === 0 ? `select 0 as part, cast(? as varchar(10)) as first, cast(? as varchar(10)) as last` : `select ${i}, cast(? as varchar(10)), cast(? as varchar(10))`)).join(' union all ');
  const partsParams = parts.flatMap((part) => [part.from, part.until]);
  const [matches, logs, logging, volunteers, pupils, families, applicants, references, narrative] = await Promise.all([
    connection.execute<Row[]>(`select m.id, m.programme_id, m.pupil_id, m.volunteer_id, m.proposed_by_id, m.started_on, m.ended_on, m.closure from "match" m where ${matchWhere}`, matchParams),
    // The period's logs added up per programme, month and form (a few rows per programme, not one per match and month).
    // `cross join` keeps SQLite on the matches first, each match's logs by (match, date), rather than on the date index.
    connection.execute<Row[]>(
      `select m.programme_id, substr(l.date, 1, 7) as month, l.form, count(*) as meetings, sum(l.duration_minutes) as minutes
         from "match" m cross join meeting_log l
        where l.match_id = m.id and ${matchWhere} and l.date >= ? and l.date <= ? group by m.programme_id, substr(l.date, 1, 7), l.form`,
      [...matchParams, period.from, period.until],
    ),
    // How many matches logged in the whole period (part 0) and in each month (part 1…): one look in the (match, date) index each.
    connection.execute<Row[]>(
      `select m.programme_id, p.part, count(*) as matches from "match" m cross join (${partsSql}) p
        where ${matchWhere} and exists (select 1 from meeting_log l where l.match_id = m.id and l.date >= p.first and l.date <= p.last) group by m.programme_id, p.part`,
      [...partsParams, ...matchParams],
    ),
    connection.execute<Row[]>(`select distinct m.programme_id, v.id, v.gender, v.birth_date from volunteer v join "match" m on m.volunteer_id = v.id where ${matchWhere}`, matchParams),
    connection.execute<Row[]>(`select distinct m.programme_id, p.id, p.birth_date from pupil p join "match" m on m.pupil_id = p.id where ${matchWhere}`, matchParams),
    // A family is its household: pupils whose parents share an e-mail address are one family (siblings).
    connection.execute<Row[]>(
      `select m.programme_id, f.pupil_id, min(f.email) as email from family_member f join "match" m on m.pupil_id = f.pupil_id where ${matchWhere} and f.email is not null group by m.programme_id, f.pupil_id`,
      matchParams,
    ),
    // The applicants of the period as rows (CONVENTIONS 11), with the screening columns their stages are judged on.
    connection.execute<Row[]>(
      `select v.id, v.programme_id, v.applied_on, v.channel, v.employer, ${screeningColumnsSql('v')} from volunteer v where ${scope('v')} and v.applied_on >= ? and v.applied_on <= ?`,
      applicantParams,
    ),
    connection.execute<Row[]>(
      `select r.volunteer_id, r.checked_on, r.referee_name, r.outcome from reference_check r join volunteer v on v.id = r.volunteer_id
        where ${scope('v')} and v.applied_on >= ? and v.applied_on <= ? order by r.volunteer_id, r.id`,
      applicantParams,
    ),
    em.find(ReportNarrative, { organisation: { $in: organisationIds }, programme: { $in: programmeIds }, periodFrom: period.from, periodUntil: period.until }),
  ]);
  const referencesOf = referencesByVolunteer(references);
  const firstMatch = new Map<string, string>();
  if (applicants.length > 0) {
    const rows = await connection.execute<Row[]>(
      `select m.programme_id, m.volunteer_id, min(m.started_on) as first from "match" m where ${scope('m')} and m.started_on is not null group by m.programme_id, m.volunteer_id`,
      scopeParams,
    );
    for (const row of rows) firstMatch.set(`${String(row.programme_id)} ${String(row.volunteer_id)}`, String(row.first));
  }
  const [matchesOf, logsOf, loggingOf, volunteersOf, pupilsOf, familiesOf, applicantsOf] = [matches, logs, logging, volunteers, pupils, families, applicants].map(byProgramme);
  return programmes.map((programme): ProgrammeReportFacts => {
    const programmeId = programme.id;
    const familyOf = new Map((familiesOf!.get(programmeId) ?? []).map((row) => [String(row.pupil_id), String(row.email)]));
    return {
      programmeId,
      settings: programme.settings,
      matches: (matchesOf!.get(programmeId) ?? []).map((row) => ({
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
      logs: [],
      logTotals: logTotalsOf(logsOf!.get(programmeId) ?? [], loggingOf!.get(programmeId) ?? [], parts),
      people: [
        ...(volunteersOf!.get(programmeId) ?? []).map((row) => ({ id: String(row.id), gender: text(row.gender), birthDate: text(row.birth_date), background: null, workStatus: null })),
        ...(pupilsOf!.get(programmeId) ?? []).map((row) => ({ id: String(row.id), gender: null, birthDate: text(row.birth_date), background: null, workStatus: null })),
      ],
      applicants: (applicantsOf!.get(programmeId) ?? []).map((row) => {
        const id = String(row.id);
        const volunteer = screeningColumnsOfRow(row);
        const assessment = assess(volunteer, referencesOf.get(id) ?? [], programme.settings.screening, today);
        const decision = volunteer.decidedOn && volunteer.decisionKind ? volunteer.decidedOn : null;
        return {
          id,
          reached: recruitmentStagesReached(String(row.applied_on), assessment, firstMatch.get(`${programmeId} ${id}`) ?? null),
          leftOn: decision,
          channel: String(row.channel) as ProgrammeReportFacts['applicants'][number]['channel'],
          employer: text(row.employer)?.trim() || null,
        };
      }),
      results: questionnaireResultsOf(),
      narrative: narrative.filter((row) => row.programme.id === programmeId).map((row): NarrativeText => ({ section: row.section as ReportSectionKey, text: row.text })),
    };
  });
}
