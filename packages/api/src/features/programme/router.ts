import { router } from '../../trpc/index.js';
import { create } from './create.js';
import { get } from './get.js';
import { list } from './list.js';
import { templates } from './templates.js';
import { update } from './update.js';

export const programmesRouter = router({ list, templates, create, get, update });
