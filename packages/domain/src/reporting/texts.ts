/**
 * The words of the reports, in English and Dutch: every figure's label and plain-language
 * explanation, the Parent'R'US annex's headings, the funnel's stages, why a number is withheld.
 * The domain returns keys (`checkInsOnSchedule`, `droppedOut`); the apps load these tables into
 * their i18n (placeholders are `{{name}}`, as i18next writes them) and the api's PDF and Excel
 * writers use `reportingText`. The type makes a missing text in either language a compile error.
 */
import type { RecruitmentChannel } from '../application/index.js';
import type { ClosureReason } from '../match/types.js';
import type { MeetingFormat, MentorTypology } from '../programme/settings.js';
import type { NominationStatus } from '../pupil/index.js';
import type { ComplianceFigureKey } from './compliance.js';
import type { PilotFunnelStage, RecruitmentStage, StageCounts } from './funnel.js';
import type { GENDER_CATEGORIES, ParticipantCounts } from './participants.js';
import type { ActivityCounts, DeliveredFormat, MatchOutcome, ProgrammeReport, ProgrammeReportCounts, ReportBlock, ReportSectionKey } from './programme-report.js';
import type { ResultAnswer } from './results.js';
import type { WithheldReason } from './small-numbers.js';

/** The languages of the report texts: English and Dutch first (ARCHITECTURE.md i18n). */
export const REPORTING_LOCALES = ['en', 'nl'] as const;
export type ReportingLocale = (typeof REPORTING_LOCALES)[number];

/** Every key of the reports' texts. */
export type ReportingTextKey =
  | `figure.${ComplianceFigureKey}.label`
  | `figure.${ComplianceFigureKey}.explanation`
  | `section.${ReportSectionKey}`
  | `block.${ReportBlock}`
  | `withheld.${WithheldReason}`
  | `answer.${ResultAnswer}`
  | 'results.respondents'
  | 'results.tooFew'
  | 'results.none'
  | `stage.${PilotFunnelStage | RecruitmentStage}`
  | `funnel.entered`
  | `funnel.${keyof StageCounts}`
  | `outcome.${MatchOutcome}`
  | `reason.${ClosureReason}`
  | `typology.${MentorTypology | 'unknown'}`
  | `deliveredFormat.${DeliveredFormat}`
  | `meetingForm.${MeetingFormat}`
  | `channel.${RecruitmentChannel | 'unknown'}`
  | `activity.${keyof ActivityCounts}`
  | `participants.${keyof ProgrammeReportCounts['participants']}`
  | `profile.${keyof ParticipantCounts}`
  | `gender.${(typeof GENDER_CATEGORIES)[number]}`
  | `matches.${keyof ProgrammeReportCounts['matches']}`
  | `structure.${keyof ProgrammeReport['structure']}`
  | `schoolStatus.${NominationStatus}`;

const en = {
  'figure.volunteersWithValidVog.label': 'Active volunteers with a valid VOG',
  'figure.volunteersWithValidVog.explanation':
    'Of the volunteers in a running match on the last day of the period, the share whose certificate of conduct (VOG) was seen, was recent enough, covers working with minors and is not yet due for renewal. Volunteers of programmes that do not ask for a VOG are left out ({{waived}}).',
  'figure.volunteersScreened.label': 'Active volunteers with complete screening',
  'figure.volunteersScreened.explanation':
    'Of the volunteers in a running match on the last day of the period, the share who have completed every screening step their programme requires: intake interview, references, VOG, code of conduct and training.',
  'figure.checkInsOnSchedule.label': 'Check-ins on time',
  'figure.checkInsOnSchedule.explanation':
    "Of the matches that ran in the period, the share where the coordinator checked in with the volunteer within the programme's check-in interval: no longer gap since the start or the previous check-in.",
  'figure.meetingsLogged.label': 'Planned meetings held and logged',
  'figure.meetingsLogged.explanation':
    'Of the meetings planned in the period, at least {{graceDays}} days ago, the share with a meeting log. A log dated up to three days from the meeting counts for it.',
  'figure.meetingHours.label': 'Meeting hours',
  'figure.meetingHours.explanation': 'The hours of all meetings logged in the period.',
  'figure.matchLength.label': 'Match length',
  'figure.matchLength.explanation':
    'Of the matches that ended in the period: the median number of days from start to end (half lasted less, half longer), and the average.',
  'figure.reachedPlannedDuration.label': 'Reached the planned duration',
  'figure.reachedPlannedDuration.explanation':
    'Of the matches that ended in the period, the share that did not end early: not before the planned end (two weeks either way count as on time) or, without a planned end, completed after the minimum period.',
  'figure.closedWithinMonths.label': 'Ended within {{months}} months',
  'figure.closedWithinMonths.explanation': 'Of the matches that ended in the period, the share that ended within {{months}} months of their start.',
  'figure.waitingDaysToMatch.label': 'Waiting time for a volunteer',
  'figure.waitingDaysToMatch.explanation':
    'For the pupils whose match started in the period: the median number of days from the nomination (or from coming back on the board) to the start, and the average.',
  'figure.pupilsWaiting.label': 'Pupils waiting',
  'figure.pupilsWaiting.explanation': 'Pupils waiting for a volunteer on the last day of the period, and how long they have waited.',
  'figure.questionnairesCompleted.label': 'Questionnaires returned',
  'figure.questionnairesCompleted.explanation':
    'Of the questionnaires sent in the period, the share filled in so far. Answers are only reported for a group large enough that no one can be recognised.',

  'section.organisationAndStructure': 'Organisation and structure of the programme',
  'section.context': 'Context of the programme',
  'section.organisation': 'Organisation of the programme',
  'section.participants': 'Profile of the participants',
  'section.structure': 'Structure of the programme',
  'section.resultsAndEvaluation': 'Results and evaluation',
  'section.evaluation': 'Evaluation of the programme and its results',
  'section.collaborationChanges': 'Changes in the collaboration between parents and school in supporting the child',
  'section.mentorRole': "The mentor's role in the change",
  'section.processRole': "The mentoring process's role in the change",
  'section.skills': "Progress in the participants' skills",
  'section.menteePerception': "The mentee's perception",
  'section.mentorPerception': "The mentor's perception",
  'section.satisfaction': 'Satisfaction with the programme',
  'section.summary': 'Summary of the results',
  'section.challenges': 'Challenges and closing remarks',

  'block.recruitmentChannels': 'Recruitment channels',
  'block.recruitmentFunnel': 'From application to match',
  'block.pilotFunnel': 'Selection of participants',
  'block.participants': 'Participants',
  'block.structure': 'Set-up',
  'block.matchOutcomes': 'Started, completed and dropped out',
  'block.activity': 'Activity per month',
  'block.results': 'Results',
  'block.satisfaction': 'Improvements',

  'withheld.belowMinimum': 'fewer than {{minimum}}',
  'answer.agree': 'Agree',
  'answer.disagree': 'Disagree',
  'answer.couldBeImproved': 'Could be improved',
  'answer.yes': 'Yes',
  'answer.no': 'No',
  'results.respondents': 'Respondents',
  'results.tooFew': 'too few respondents (fewer than {{minimum}})',
  'results.none': 'No questionnaire results yet.',
  'withheld.groupTooSmall': 'not shown: fewer than {{minimum}} people',
  'withheld.revealsWithheld': 'not shown: it would give away a smaller number',

  'stage.announcement': 'Announcement of the programme',
  'stage.referral': 'Referral of candidates',
  'stage.expressionOfInterest': 'Expression of interest',
  'stage.selfAssessment': 'Self-assessment',
  'stage.interview': 'Interview (if needed)',
  'stage.preMatching': 'Pre-matching',
  'stage.applied': 'Applied',
  'stage.intakeInterview': 'Intake interview',
  'stage.referenceChecks': 'References',
  'stage.vog': 'VOG',
  'stage.codeOfConduct': 'Code of conduct signed',
  'stage.training': 'Training',
  'stage.readyToMatch': 'Ready to match',
  'stage.matched': 'Matched',

  'funnel.entered': 'Entered',
  'funnel.reached': 'Reached',
  'funnel.notNeeded': 'Not needed',
  'funnel.passed': 'Through',
  'funnel.conversion': 'From the stage before',
  'funnel.daysInStage': 'Days in this stage',

  'outcome.completed': 'Completed',
  'outcome.droppedOut': 'Dropped out',
  'outcome.running': 'Still running',

  'reason.completed': 'Completed',
  'reason.menteeStopped': 'The mentee stopped',
  'reason.mentorStopped': 'The volunteer stopped',
  'reason.moved': 'Moved',
  'reason.safeguarding': 'Safeguarding',
  'reason.other': 'Other',

  'typology.peer': 'Peer',
  'typology.nonPeer': 'Non-peer',
  'typology.peerOrNonPeer': 'Peer and non-peer',
  'typology.unknown': 'Not recorded',

  'deliveredFormat.faceToFace': 'Face to face',
  'deliveredFormat.remote': 'Remote (phone, video, e-mail)',
  'deliveredFormat.blended': 'Blended',

  'meetingForm.faceToFace': 'Face to face',
  'meetingForm.phone': 'Phone',
  'meetingForm.video': 'Video',
  'meetingForm.email': 'E-mail',

  'channel.employer': 'Employer',
  'channel.volunteerCentre': 'Volunteer centre',
  'channel.socialMedia': 'Social media',
  'channel.school': 'School',
  'channel.friend': 'Friend or acquaintance',
  'channel.other': 'Other',
  'channel.unknown': 'Unknown',

  'activity.pupils': 'Pupils',
  'activity.families': 'Families',
  'activity.mentees': 'Mentees',
  'activity.volunteers': 'Volunteers',
  'activity.matches': 'Matches',
  'activity.meetingMinutes': 'Meeting hours',

  'participants.coordinators': 'Coordinators',
  'participants.volunteers': 'Volunteers',
  'participants.mentees': 'Mentees',

  'profile.total': 'Total',
  'profile.completed': 'Completed',
  'profile.gender': 'Gender',
  'profile.ageBand': 'Age',
  'profile.background': 'Background',
  'profile.workStatus': 'Work status',

  'gender.female': 'Female',
  'gender.male': 'Male',
  'gender.other': 'Other',
  'gender.unknown': 'Unknown',

  'matches.total': 'Matches (mentoring processes)',
  'matches.started': 'Started',
  'matches.outcome': 'At the end of the period',
  'matches.dropOutReasons': 'Why they dropped out',
  'matches.typology': 'Peer or non-peer',
  'matches.meetingForms': 'Meetings by form',
  'matches.lengthDays': 'Length in days',

  'structure.meetingFormats': 'Meeting forms',
  'structure.preferredMeetingFormat': 'Preferred form',
  'structure.typology': 'Peer or non-peer mentoring',
  'structure.duration': 'Duration',
  'structure.deliveredFormat': 'Format',

  'schoolStatus.consentPending': 'Waiting for consent',
  'schoolStatus.waiting': 'Waiting for a volunteer',
  'schoolStatus.matched': 'Matched',
  'schoolStatus.closed': 'Closed',
} as const satisfies Record<ReportingTextKey, string>;

const nl = {
  'figure.volunteersWithValidVog.label': 'Actieve vrijwilligers met een geldige VOG',
  'figure.volunteersWithValidVog.explanation':
    'Van de vrijwilligers met een lopende koppeling op de laatste dag van de periode: het deel van wie de VOG is gezien, recent genoeg was, werken met minderjarigen dekt en nog niet vernieuwd hoeft te worden. Vrijwilligers van programma’s die geen VOG vragen tellen niet mee ({{waived}}).',
  'figure.volunteersScreened.label': 'Actieve vrijwilligers met volledige screening',
  'figure.volunteersScreened.explanation':
    'Van de vrijwilligers met een lopende koppeling op de laatste dag van de periode: het deel dat elke screeningsstap van het programma heeft afgerond: kennismakingsgesprek, referenties, VOG, gedragscode en training.',
  'figure.checkInsOnSchedule.label': 'Contactmomenten op tijd',
  'figure.checkInsOnSchedule.explanation':
    'Van de koppelingen die in de periode liepen: het deel waarbij de coördinator binnen de termijn van het programma contact had met de vrijwilliger, zonder langere tussenpoos sinds de start of het vorige contact.',
  'figure.meetingsLogged.label': 'Geplande ontmoetingen gehouden en vastgelegd',
  'figure.meetingsLogged.explanation':
    'Van de ontmoetingen die in de periode gepland waren, minstens {{graceDays}} dagen geleden: het deel met een verslag in het logboek. Een verslag tot drie dagen van de ontmoeting telt voor die ontmoeting.',
  'figure.meetingHours.label': 'Uren contact',
  'figure.meetingHours.explanation': 'De uren van alle ontmoetingen die in de periode in het logboek staan.',
  'figure.matchLength.label': 'Duur van de koppelingen',
  'figure.matchLength.explanation':
    'Van de koppelingen die in de periode eindigden: het middelste aantal dagen van start tot einde (de helft duurde korter, de helft langer), en het gemiddelde.',
  'figure.reachedPlannedDuration.label': 'Geplande duur gehaald',
  'figure.reachedPlannedDuration.explanation':
    'Van de koppelingen die in de periode eindigden: het deel dat niet voortijdig stopte: niet vóór het geplande einde (twee weken eerder telt als op tijd) of, zonder gepland einde, afgerond na de minimale duur.',
  'figure.closedWithinMonths.label': 'Binnen {{months}} maanden beëindigd',
  'figure.closedWithinMonths.explanation': 'Van de koppelingen die in de periode eindigden: het deel dat binnen {{months}} maanden na de start eindigde.',
  'figure.waitingDaysToMatch.label': 'Wachttijd op een vrijwilliger',
  'figure.waitingDaysToMatch.explanation':
    'Voor de leerlingen van wie de koppeling in de periode begon: het middelste aantal dagen van de aanmelding (of van de terugkeer op het bord) tot de start, en het gemiddelde.',
  'figure.pupilsWaiting.label': 'Wachtende leerlingen',
  'figure.pupilsWaiting.explanation': 'Leerlingen die op de laatste dag van de periode op een vrijwilliger wachten, en hoe lang al.',
  'figure.questionnairesCompleted.label': 'Ingevulde vragenlijsten',
  'figure.questionnairesCompleted.explanation':
    'Van de vragenlijsten die in de periode zijn verstuurd: het deel dat tot nu toe is ingevuld. Antwoorden worden alleen getoond voor een groep die groot genoeg is om niemand te herkennen.',

  'section.organisationAndStructure': 'Organisatie en structuur van het programma',
  'section.context': 'Context van het programma',
  'section.organisation': 'Organisatie van het programma',
  'section.participants': 'Profiel van de deelnemers',
  'section.structure': 'Structuur van het programma',
  'section.resultsAndEvaluation': 'Resultaten en evaluatie',
  'section.evaluation': 'Evaluatie van het programma en resultaten',
  'section.collaborationChanges': 'Veranderingen in de samenwerking tussen ouders en scholen bij de ondersteuning van kinderen',
  'section.mentorRole': 'De rol van de mentor in het veranderingsmanagement',
  'section.processRole': 'De rol van het mentorproces in het veranderingsmanagement',
  'section.skills': 'Vooruitgang op het gebied van de vaardigheden van de deelnemers',
  'section.menteePerception': 'De perceptie van de mentee',
  'section.mentorPerception': 'De perceptie van de mentor',
  'section.satisfaction': 'Tevredenheid over het programma',
  'section.summary': 'Samenvatting van de resultaten',
  'section.challenges': 'Uitdagingen en slotopmerkingen',

  'block.recruitmentChannels': 'Wervingskanalen',
  'block.recruitmentFunnel': 'Van aanmelding tot koppeling',
  'block.pilotFunnel': 'Selectie van deelnemers',
  'block.participants': 'Deelnemers',
  'block.structure': 'Opzet',
  'block.matchOutcomes': 'Gestart, afgerond en gestopt',
  'block.activity': 'Activiteit per maand',
  'block.results': 'Resultaten',
  'block.satisfaction': 'Verbeteringen',

  'withheld.belowMinimum': 'minder dan {{minimum}}',
  'answer.agree': 'Eens',
  'answer.disagree': 'Oneens',
  'answer.couldBeImproved': 'Kan beter',
  'answer.yes': 'Ja',
  'answer.no': 'Nee',
  'results.respondents': 'Respondenten',
  'results.tooFew': 'te weinig respondenten (minder dan {{minimum}})',
  'results.none': 'Nog geen resultaten van vragenlijsten.',
  'withheld.groupTooSmall': 'niet getoond: minder dan {{minimum}} personen',
  'withheld.revealsWithheld': 'niet getoond: dit zou een kleiner aantal verraden',

  'stage.announcement': 'Bekendmaking van het programma',
  'stage.referral': 'Verwijzing van kandidaten',
  'stage.expressionOfInterest': 'Blijken van belangstelling',
  'stage.selfAssessment': 'Zelfbeoordeling',
  'stage.interview': 'Gesprek (indien nodig)',
  'stage.preMatching': 'Pre-matching',
  'stage.applied': 'Aangemeld',
  'stage.intakeInterview': 'Kennismakingsgesprek',
  'stage.referenceChecks': 'Referenties',
  'stage.vog': 'VOG',
  'stage.codeOfConduct': 'Gedragscode getekend',
  'stage.training': 'Training',
  'stage.readyToMatch': 'Klaar om te koppelen',
  'stage.matched': 'Gekoppeld',

  'funnel.entered': 'Ingestroomd',
  'funnel.reached': 'Bereikt',
  'funnel.notNeeded': 'Niet nodig',
  'funnel.passed': 'Door',
  'funnel.conversion': 'Van de stap ervoor',
  'funnel.daysInStage': 'Dagen in deze stap',

  'outcome.completed': 'Afgerond',
  'outcome.droppedOut': 'Voortijdig gestopt',
  'outcome.running': 'Loopt nog',

  'reason.completed': 'Afgerond',
  'reason.menteeStopped': 'De mentee is gestopt',
  'reason.mentorStopped': 'De vrijwilliger is gestopt',
  'reason.moved': 'Verhuisd',
  'reason.safeguarding': 'Veiligheid',
  'reason.other': 'Anders',

  'typology.peer': 'Peer',
  'typology.nonPeer': 'Non-peer',
  'typology.peerOrNonPeer': 'Peer en non-peer',
  'typology.unknown': 'Niet vastgelegd',

  'deliveredFormat.faceToFace': 'Face-to-face',
  'deliveredFormat.remote': 'Op afstand (telefoon, video, e-mail)',
  'deliveredFormat.blended': 'Gemengd (blended)',

  'meetingForm.faceToFace': 'Face-to-face',
  'meetingForm.phone': 'Telefoon',
  'meetingForm.video': 'Video',
  'meetingForm.email': 'E-mail',

  'channel.employer': 'Werkgever',
  'channel.volunteerCentre': 'Vrijwilligerscentrale',
  'channel.socialMedia': 'Sociale media',
  'channel.school': 'School',
  'channel.friend': 'Vriend of kennis',
  'channel.other': 'Anders',
  'channel.unknown': 'Onbekend',

  'activity.pupils': 'Leerlingen',
  'activity.families': 'Gezinnen',
  'activity.mentees': 'Mentees',
  'activity.volunteers': 'Vrijwilligers',
  'activity.matches': 'Koppelingen',
  'activity.meetingMinutes': 'Uren contact',

  'participants.coordinators': 'Coördinatoren',
  'participants.volunteers': 'Vrijwilligers',
  'participants.mentees': 'Mentees',

  'profile.total': 'Totaal',
  'profile.completed': 'Afgerond',
  'profile.gender': 'Geslacht',
  'profile.ageBand': 'Leeftijd',
  'profile.background': 'Achtergrond',
  'profile.workStatus': 'Werkstatus',

  'gender.female': 'Vrouw',
  'gender.male': 'Man',
  'gender.other': 'Anders',
  'gender.unknown': 'Onbekend',

  'matches.total': 'Koppelingen (mentorprocessen)',
  'matches.started': 'Gestart',
  'matches.outcome': 'Aan het einde van de periode',
  'matches.dropOutReasons': 'Waarom ze stopten',
  'matches.typology': 'Peer of non-peer',
  'matches.meetingForms': 'Ontmoetingen per vorm',
  'matches.lengthDays': 'Duur in dagen',

  'structure.meetingFormats': 'Vormen van ontmoeten',
  'structure.preferredMeetingFormat': 'Voorkeursvorm',
  'structure.typology': 'Peer- of non-peer-mentoring',
  'structure.duration': 'Duur',
  'structure.deliveredFormat': 'Formaat',

  'schoolStatus.consentPending': 'Wacht op toestemming',
  'schoolStatus.waiting': 'Wacht op een vrijwilliger',
  'schoolStatus.matched': 'Gekoppeld',
  'schoolStatus.closed': 'Afgesloten',
} as const satisfies Record<ReportingTextKey, string>;

/** The texts of the reports per language: load `REPORTING_TEXTS.nl` into an app's i18n as it is. */
export const REPORTING_TEXTS: Readonly<Record<ReportingLocale, Readonly<Record<ReportingTextKey, string>>>> = { en, nl };

/** A report text with its `{{placeholders}}` filled in; a placeholder without a value stays as it is. */
export function reportingText(locale: ReportingLocale, key: ReportingTextKey, values: Readonly<Record<string, string | number>> = {}): string {
  return REPORTING_TEXTS[locale][key].replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}
