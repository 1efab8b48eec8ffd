/**
 * Raising a concern: the few facts a volunteer must give first (SAF-1), what the reporter is told
 * to do at once when the child is in danger (SAF-3 (1); parentrus-mentormodel-ouderbetrokkenheid.txt
 * 3.1.8: "in geval van gevaar voor zijn veiligheid [moeten] de autoriteiten onmiddellijk worden
 * gewaarschuwd"), and a check-in's safety question (SAF-16). Volunteers are "extra ogen/oren"
 * (thuisschoolmaatje-handreiking-mentoren.txt): saving must be easy, so nothing beyond the minimum
 * blocks it.
 */
import { isIsoDate, type IsoDate } from '../calendar/index.js';
import { accept, refuse, type Refusal, type Result } from '../result.js';
import { amsterdamDateOf, isUtcInstant, type UtcInstant } from '../schedule/amsterdam.js';
import type { ConcernEntry, ConcernReport, FactSource, SafeguardingActor, SafeguardingProblem } from './types.js';

/** Who reports, as the api knows them. */
export interface ReporterContext {
  readonly actor: SafeguardingActor;
  /** SAF-1: a volunteer may report on a pupil they are matched to (a suspended match included). */
  readonly matchedToPupil: boolean;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const filled = (value: string | null | undefined): value is string => typeof value === 'string' && value.trim() !== '';

/** SAF-12: third-party information must name its source. */
export function checkSources(sources: readonly FactSource[] | undefined, field: string): Refusal<'SAFEGUARDING.SOURCE_UNNAMED'> | null {
  return (sources ?? []).some((source) => source.kind === 'thirdParty' && !filled(source.who)) ? refuse('SAFEGUARDING.SOURCE_UNNAMED', field) : null;
}

/**
 * SAF-1: the minimum of a first report, or the first thing missing: the pupil
 * (`SAFEGUARDING.PUPIL_REQUIRED` on `pupilId`); what was seen or heard (`SAFEGUARDING.FACTS_REQUIRED`
 * on `facts`); when, a real date not after `today` (`SAFEGUARDING.OBSERVED_ON_INVALID`,
 * `OBSERVED_IN_FUTURE` on `observedOn`; a time, if given, `HH:MM`); "is the child in danger now?"
 * answered yes or no (`SAFEGUARDING.ACUTE_DANGER_UNANSWERED` on `acuteDanger`). Besides: a concern
 * about a volunteer or staff member names that person (`SAFEGUARDING.SUBJECT_PERSON_REQUIRED` on
 * `subject.personId`, SAF-11), and third-party information its source
 * (`SAFEGUARDING.SOURCE_UNNAMED` on `sources`, SAF-12). Nothing else is required.
 */
export function checkConcernReport(report: ConcernReport, today: IsoDate): Refusal<SafeguardingProblem> | null {
  if (!filled(report.pupilId)) return refuse('SAFEGUARDING.PUPIL_REQUIRED', 'pupilId');
  if (!filled(report.facts)) return refuse('SAFEGUARDING.FACTS_REQUIRED', 'facts');
  if (!isIsoDate(report.observedOn)) return refuse('SAFEGUARDING.OBSERVED_ON_INVALID', 'observedOn');
  if (report.observedOn > today) return refuse('SAFEGUARDING.OBSERVED_IN_FUTURE', 'observedOn');
  if (report.observedTime !== undefined && !HH_MM.test(report.observedTime)) return refuse('SAFEGUARDING.TIME_INVALID', 'observedTime');
  if (report.acuteDanger === null && report.dangerToLife !== true) return refuse('SAFEGUARDING.ACUTE_DANGER_UNANSWERED', 'acuteDanger');
  if (report.subject?.type === 'staffOrVolunteer' && !filled(report.subject.personId)) return refuse('SAFEGUARDING.SUBJECT_PERSON_REQUIRED', 'subject.personId');
  return checkSources(report.sources, 'sources');
}

/**
 * SAF-1: opens a concern with its first entry (version 1), to be stored as it is. Only a volunteer
 * matched to the pupil, a coordinator or a safeguarding lead may report
 * (`SAFEGUARDING.REPORTER_NOT_ALLOWED` on `reporter`); `at` is the server's UTC time
 * (`SAFEGUARDING.TIME_INVALID`), and the report must pass `checkConcernReport` on that day in
 * Amsterdam. Texts are trimmed; danger to life counts as acute danger.
 */
export function openConcern(input: {
  readonly concernId: string;
  readonly report: ConcernReport;
  readonly reporter: ReporterContext;
  readonly at: UtcInstant;
}): Result<ConcernEntry & { readonly kind: 'reported' }, SafeguardingProblem> {
  const { actor, matchedToPupil } = input.reporter;
  const allowed = actor.role === 'coordinator' || actor.role === 'safeguardingLead' || (actor.role === 'volunteer' && matchedToPupil);
  if (!allowed || !filled(actor.personId)) return refuse('SAFEGUARDING.REPORTER_NOT_ALLOWED', 'reporter');
  if (!isUtcInstant(input.at)) return refuse('SAFEGUARDING.TIME_INVALID', 'at');
  const refusal = checkConcernReport(input.report, amsterdamDateOf(input.at));
  if (refusal) return refusal;
  const { interpretation: given, ...report } = input.report;
  const dangerToLife = report.dangerToLife === true;
  const interpretation = given?.trim();
  const normalised: ConcernReport = {
    ...report,
    facts: report.facts.trim(),
    acuteDanger: dangerToLife || report.acuteDanger === true,
    dangerToLife,
    subject: report.subject ?? { type: 'pupil' },
    ...(interpretation ? { interpretation } : {}),
  };
  return accept({ kind: 'reported', report: normalised, concernId: input.concernId, version: 1, at: input.at, by: actor });
}

/** SAF-3 (1): 112 for danger to life; Veilig Thuis, free and 24/7, for advice and reports. */
export const EMERGENCY_LINES = Object.freeze({
  emergency112: { number: '112', available: '24/7' },
  veiligThuis: { number: '0800-2000', available: '24/7' },
} as const);

export type EmergencyService = keyof typeof EMERGENCY_LINES;

/** What the reporter's screen shows the moment the report is saved (SAF-3 (1)), as data the app words. */
export interface ReporterGuidance {
  readonly urgency: 'dangerToLife' | 'acute' | 'notAcute';
  /** The services to call now, first one first; empty when the child is not in danger now. */
  readonly callNow: readonly EmergencyService[];
  /** SAF-3 (2): the coordinator and a deputy or lead are alerted now; otherwise the coordinator is told. */
  readonly alertsSentAtOnce: boolean;
}

/**
 * SAF-3 (1): "danger to life → call 112; otherwise call Veilig Thuis 0800-2000 (24/7)". Danger to
 * life: 112 first, then Veilig Thuis; acute danger: Veilig Thuis, and 112 if it becomes
 * life-threatening; otherwise nothing to call (the coordinator takes it up, SAF-15).
 */
export function reporterGuidance(report: Pick<ConcernReport, 'acuteDanger' | 'dangerToLife'>): ReporterGuidance {
  if (report.dangerToLife === true) return { urgency: 'dangerToLife', callNow: ['emergency112', 'veiligThuis'], alertsSentAtOnce: true };
  if (report.acuteDanger === true) return { urgency: 'acute', callNow: ['veiligThuis', 'emergency112'], alertsSentAtOnce: true };
  return { urgency: 'notAcute', callNow: [], alertsSentAtOnce: false };
}

/** SAF-16: the check-in's "safety concerns? Y/N", with what a yes must say (SAF-1). */
export type CheckInSafetyAnswer =
  | { readonly safetyConcern: null }
  | { readonly safetyConcern: false }
  | {
      readonly safetyConcern: true;
      readonly facts: string;
      readonly acuteDanger: boolean | null;
      readonly disclosure: boolean;
      readonly dangerToLife?: boolean;
      readonly interpretation?: string;
    };

/** A coordinator's check-in as SAF-16 needs it. */
export interface CheckInForConcern {
  readonly id: string;
  readonly matchId: string;
  readonly pupilId: string;
  readonly on: IsoDate;
  /** With whom: the volunteer, a parent, the pupil, the school mentor. */
  readonly withWhom: string;
  /** The person's name, the source of what was heard (SAF-12). */
  readonly withWhomName?: string;
  readonly safety: CheckInSafetyAnswer;
}

/**
 * SAF-16: "Each check-in record includes a 'safety concerns? Y/N' field, and Y creates a Concern."
 * Unanswered is refused (`SAFEGUARDING.SAFETY_QUESTION_UNANSWERED` on `safety`); no gives `null`;
 * yes gives the first report to pass to `openConcern` with the coordinator as reporter: what was
 * heard, from whom (the person checked in with: third-party information names its source), on the
 * check-in's day, linked to it.
 */
export function concernReportFromCheckIn(checkIn: CheckInForConcern): Result<ConcernReport | null, 'SAFEGUARDING.SAFETY_QUESTION_UNANSWERED'> {
  const safety = checkIn.safety;
  if (safety.safetyConcern === null) return refuse('SAFEGUARDING.SAFETY_QUESTION_UNANSWERED', 'safety');
  if (safety.safetyConcern === false) return accept(null);
  const who = filled(checkIn.withWhomName) ? `${checkIn.withWhom}: ${checkIn.withWhomName.trim()}` : checkIn.withWhom;
  return accept({
    pupilId: checkIn.pupilId,
    matchId: checkIn.matchId,
    facts: safety.facts,
    observedOn: checkIn.on,
    context: `check-in with ${checkIn.withWhom}`,
    acuteDanger: safety.acuteDanger,
    disclosure: safety.disclosure,
    ...(safety.dangerToLife !== undefined ? { dangerToLife: safety.dangerToLife } : {}),
    ...(safety.interpretation !== undefined ? { interpretation: safety.interpretation } : {}),
    sources: [{ kind: 'thirdParty', who }],
    fromCheckInId: checkIn.id,
  });
}
