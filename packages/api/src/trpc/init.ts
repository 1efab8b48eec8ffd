import { initTRPC } from '@trpc/server';
import type { Context } from './context.js';
import { errorFormatter } from './error-formatter.js';

const t = initTRPC.context<Context>().create({ errorFormatter });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const procedure = t.procedure;
