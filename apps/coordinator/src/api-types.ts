/**
 * What the coordinator app receives from the api, named once. Every type is the router's inferred
 * output (`RouterOutputs` from `@driehoek/api`, a type-only import): when a procedure's output
 * schema changes, the pages that render it stop compiling instead of casting. A `useQuery` on
 * `trpc.x.y.queryOptions()` is already typed with the same; these names are for props.
 */
import type { RouterInputs, RouterOutputs } from '@driehoek/api';

type Out = RouterOutputs;

/** Who is signed in; `null` when nobody is. */
export type Me = Out['auth']['me'];

export type ApplicantList = Out['applicants']['list'];
export type ApplicantSummary = ApplicantList['items'][number];
export type ApplicantDetail = Out['applicants']['get'];
export type OutboxMessage = Out['outbox']['list'][number];

export type ProgrammeSummary = Out['programmes']['list'][number];
export type ProgrammeDetail = Out['programmes']['get'];
export type ProgrammeSettings = ProgrammeDetail['settings'];

export type PupilSummary = Out['pupils']['list'][number];
export type PupilDetail = Out['pupils']['get'];
export type FamilyMember = PupilDetail['family'][number];
export type ConsentRecordView = PupilDetail['consentRecords'][number];
export type SchoolView = Out['schools']['list'][number];

export type MatchingBoard = Out['matching']['board'];
export type WaitingPupil = MatchingBoard['waitingPupils'][number];
export type ReadyVolunteer = MatchingBoard['readyVolunteers'][number];
export type Suggestions = Out['matching']['suggestForPupil'];
export type BatchProposalView = Out['matching']['proposeBatch'];
export type PreferenceRoundResult = Out['matching']['runPreferenceRound'];

export type MatchSummary = Out['matches']['list'][number];
export type MatchDetail = Out['matches']['get'];
export type ScheduleView = Out['matches']['schedule'];
export type MeetingLogView = Out['matches']['logs'][number];
export type TalkRequestView = Out['matches']['talkRequests'][number];
export type TriangleView = Out['matches']['triangle'];
export type CheckInView = Out['checkIns']['list'][number];
export type BudgetView = Out['budget']['get'];
export type AllowanceView = Out['allowances']['get'];
export type IntervisionSummary = Out['intervision']['list'][number];
export type IntervisionMeetingView = Out['intervision']['get'];

export type AttentionView = Out['attention']['list'];
export type AttentionItem = AttentionView['items'][number];
export type EarlyEndingsRow = Out['reports']['earlyEndings'][number];

export type SchoolHolidays = Out['holidays']['get'];
export type ConcernQueueItem = Out['concerns']['list']['queue'][number];
export type ConcernView = Out['concerns']['get'];
export type ConcernCase = Extract<ConcernView, { access: 'full' }>;
export type SafeguardingRoles = Out['safeguarding']['roles'];
export type ConcernAttentionItem = Out['attention']['list']['concerns'][number];
export type QuestionnaireFollowUp = Out['attention']['questionnaires'][number];
export type SchoolMentorQuestionnaire = Out['evaluation']['schoolMentorQuestionnaires'][number];
export type QuestionnaireToAnswer = Out['evaluation']['getSchoolMentorQuestionnaire'];
export type QuestionnaireItem = QuestionnaireToAnswer['questionnaire']['groups'][number]['items'][number];
export type TeamMember = Out['team']['list']['members'][number];

export type SubjectRequestView = Out['privacy']['requests']['list'][number];
export type BreachView = Out['privacy']['breaches']['list'][number];
export type AuditRow = Out['audit']['search'][number];
export type PrivacySetup = Out['privacy']['setup']['get'];
export type RetentionSchedule = Out['privacy']['retention']['get'];

export type OrganisationSettings = Out['organisation']['getSettings'];

export type ProgrammeReport = Out['reports']['programmeReport'];
export type ReportFigures = ProgrammeReport['figures'];
export type PublishedBreakdown = ReportFigures['recruitmentChannels'];
export type FunnelCounts = ReportFigures['recruitment']['all'];
export type ComplianceDashboard = Out['reports']['compliance'];
export type ComplianceFigureView = ComplianceDashboard['figures'][number];
export type NationalRollUp = Out['reports']['nationalRollUp'];
export type QuestionnaireResults = Out['evaluation']['results'];
export type MatchEvaluationView = Out['evaluation']['forMatch'];

export type OwnQuestionnaire = Out['evaluation']['getQuestionnaire'];
export type SaveQuestionnaireInput = RouterInputs['evaluation']['saveQuestionnaire'];
