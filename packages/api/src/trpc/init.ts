import { initTRPC } from '@trpc/server';
import { AppError } from '../errors/index.js';
import { forbiddenCharacterPaths } from '../input/control-characters.js';
import type { Context } from './context.js';
import { errorFormatter } from './error-formatter.js';

const t = initTRPC.context<Context>().create({ errorFormatter });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Every procedure starts here: an input holding NUL or another control character (or a lone
 * surrogate) is refused before validation with a field error per offending field
 * (`errors.controlCharacter`), the same on SQLite and PostgreSQL, instead of reaching the database.
 */
export const procedure = t.procedure.use(async ({ getRawInput, next }) => {
  const paths = forbiddenCharacterPaths(await getRawInput());
  if (paths.length > 0) {
    throw new AppError('INPUT.CONTROL_CHARACTER', paths[0], Object.fromEntries(paths.map((path) => [path, 'errors.controlCharacter'])));
  }
  return next();
});
