import { router } from '../../trpc/index.js';
import { answerByLink, getByLink } from './by-link.js';
import { concernFromAnswer, forMatch } from './match-evaluation.js';
import { addQuestionnaire, getQuestionnaire, listQuestionnaires, saveQuestionnaire } from './questionnaires.js';
import { results } from './results.js';
import { answerSchoolMentorQuestionnaire, getSchoolMentorQuestionnaire, schoolMentorQuestionnaires } from './school-mentor.js';
import { answerMine, decideEvaluationConsent, getMine, myEvaluations } from './volunteer.js';

export const evaluationRouter = router({
  getByLink,
  answerByLink,
  myEvaluations,
  decideEvaluationConsent,
  getMine,
  answerMine,
  forMatch,
  concernFromAnswer,
  results,
  listQuestionnaires,
  addQuestionnaire,
  schoolMentorQuestionnaires,
  getSchoolMentorQuestionnaire,
  answerSchoolMentorQuestionnaire,
  getQuestionnaire,
  saveQuestionnaire,
});
