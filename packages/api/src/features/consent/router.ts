import { router } from '../../trpc/index.js';
import { notice } from './notice.js';
import { notifyRelative } from './notify-relative.js';
import { record } from './record.js';
import { recordContactAttempt } from './record-contact-attempt.js';
import { withdraw } from './withdraw.js';

export const consentRouter = router({ notice, record, withdraw, recordContactAttempt, notifyRelative });
