import { router } from '../../trpc/index.js';
import { list } from './list.js';
import { questionnaires } from './questionnaires.js';

export const attentionRouter = router({ list, questionnaires });
