/**
 * What the portal receives from the api, named once: every type is the router's inferred output
 * (`RouterOutputs` from `@driehoek/api`, a type-only import), so a change to a procedure's output
 * schema reaches the pages that render it as a type error, not as a cast.
 */
import type { RouterOutputs } from '@driehoek/api';

type Out = RouterOutputs;

export type ApplicationStatus = Out['application']['status'];
export type PortalMe = Out['portal']['me'];
export type PortalFamily = Out['portal']['family'];
export type ChildSchedule = Out['portal']['schedule'][number];
export type ScheduledMeeting = ChildSchedule['meetings'][number];
export type VolunteerMatch = Out['portal']['myMatches'][number];
export type MeetingLogView = Out['portal']['myLogs'][number];
export type RaisedConcern = Out['concerns']['raise'];
export type SafeguardingContacts = Out['safeguarding']['contacts'];
export type QuestionnaireToAnswer = Out['evaluation']['getMine'];
export type Questionnaire = QuestionnaireToAnswer['questionnaire'];
export type QuestionnaireItem = Questionnaire['groups'][number]['items'][number];
export type VolunteerEvaluations = Out['evaluation']['myEvaluations'];
