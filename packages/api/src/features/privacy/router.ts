import { router } from '../../trpc/index.js';
import { search, staff } from './audit-search.js';
import { assessBreach, listBreaches, notifyBreach, recordBreach } from './breaches.js';
import { eraseRequest, exportRequest } from './answer-request.js';
import { goLive } from './go-live.js';
import { getRetention, updateRetention } from './retention-schedule.js';
import { adoptRetention, getSetup, updateSetup } from './setup.js';
import { completeRequest, extendRequest, listRequests, people, recordRequest } from './requests.js';

/** The audit log an admin can read (issue 14). */
export const auditRouter = router({ search, staff });

/** Privacy operations for an admin: the request and breach registers, the go-live checklist, export and erasure (issue 14). */
export const privacyRouter = router({
  requests: router({ list: listRequests, record: recordRequest, extend: extendRequest, complete: completeRequest, export: exportRequest, erase: eraseRequest }),
  people,
  breaches: router({ list: listBreaches, record: recordBreach, assess: assessBreach, notify: notifyBreach }),
  goLive,
  setup: router({ get: getSetup, update: updateSetup, adoptRetention }),
  retention: router({ get: getRetention, update: updateRetention }),
});
