export { evaluationRouter } from './router.js';
export { queueEvaluationInvitations, queueEvaluationsForMatch, type EvaluationDelivery } from './invite.js';
/** For the programme report (issue 13): a programme's scored aggregates for a period, EVA-2 applied. */
export { programmeEvaluationAggregate, programmeResultsOf, type ResultsScope } from './results.js';
/** *Vandaag*'s questionnaires due and overdue, per match (the attention feature's `questionnaires`). */
export { questionnaireFollowUpOf } from './follow-up.js';
/** The invitation's words, for the check that Dutch says "je" (src/mail/dutch-je.test.ts). */
export { INVITATION_WORDS } from './mail-text.js';
