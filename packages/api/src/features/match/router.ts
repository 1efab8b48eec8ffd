import { router } from '../../trpc/index.js';
import { activate } from './activate.js';
import { get } from './get.js';
import { list } from './list.js';
import { propose } from './propose.js';
import { proposeMany } from './propose-many.js';
import { addScheduleException, end, logs, schedule, triangle } from './running.js';
import { resume, suspend } from './suspend.js';
import { answerTalkRequest, talkRequests } from './talk-requests.js';
import { agreeWeeklyTime, confirm, decline, recordAgreement, recordContractSignature, recordIntroduction, recordWarmHandover } from './steps.js';

export const matchesRouter = router({
  propose,
  proposeMany,
  list,
  get,
  recordIntroduction,
  recordAgreement,
  recordContractSignature,
  agreeWeeklyTime,
  recordWarmHandover,
  activate,
  confirm,
  decline,
  schedule,
  addScheduleException,
  logs,
  talkRequests,
  answerTalkRequest,
  triangle,
  suspend,
  resume,
  end,
});
