import type { AnyProcedure } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Volunteer } from '@driehoek/db';
import { appRouter } from '../router.js';
import { AppError } from '../errors/index.js';
import { application, createOrganisation, openTestWorld, signedIn, type TestWorld } from '../testing/harness.js';
import { forbiddenCharacterPaths } from './control-characters.js';

let world: TestWorld;
beforeAll(async () => {
  world = await openTestWorld();
});
afterAll(async () => {
  await world?.close();
});

/** NUL, other C0 controls, DEL, a C1 control, and lone surrogates. */
const HOSTILE = ['\u0000', '\u0001', '\u0008', '\u000b', '\u001b', '\u007f', '\u0085', '\ud800', '\udfff'];

/** Every procedure by its path: tRPC keeps them flat under `_def.procedures` (`'matches.get'`), though it types them nested. */
const isProcedure = (value: unknown): value is AnyProcedure => typeof value === 'function' && '_def' in value;
const procedures = new Map<string, AnyProcedure>();
for (const [path, value] of Object.entries<unknown>(appRouter._def.procedures)) if (isProcedure(value)) procedures.set(path, value);
const procedurePaths = [...procedures.keys()].sort();

type Callable = (input: unknown) => Promise<unknown>;
const procedureOf = (caller: unknown, path: string) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as Callable;

/** The keys a procedure's input object has, to put the hostile string where a real field is. */
function inputKeys(path: string): string[] {
  const input = procedures.get(path)?._def.inputs[0];
  return input instanceof z.ZodObject ? Object.keys(input.shape) : [];
}

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => ({ code: 'ok' as string, fields: {} as Record<string, string> }),
    (e: unknown) => (e instanceof AppError ? { code: e.domainCode, fields: e.fieldErrors ?? ({} as Record<string, string>) } : { code: `unexpected: ${String(e)}`, fields: {} as Record<string, string> }),
  );

describe('finding 9: NUL and other control characters are refused with a field error in every procedure', () => {
  it('finding 9: the guard finds hostile characters in values, nested arrays and keys, and lets tabs, newlines and emoji through', () => {
    expect(forbiddenCharacterPaths({ a: 'ok\t\n\r😀', b: ['fine', 'x\u0000'], c: { 'k\u0001': 1 } })).toEqual(['b.1', 'c._']);
    expect(forbiddenCharacterPaths('\ud83d')).toEqual(['_']);
    expect(forbiddenCharacterPaths({ emoji: '👨‍👩‍👧', arabic: 'مرحبا', text: 'regel 1\r\nregel 2\tend' })).toEqual([]);
  });

  it('finding 9: fuzz — every procedure, every hostile character, in every field, signed in or not: a field error, never a 500', async () => {
    expect(procedurePaths.length).toBeGreaterThan(40);
    const org = await createOrganisation(world, 'Fuzz');
    const callers = [world.browser(), await signedIn(world, org.email)];
    let requests = 0;
    for (const path of procedurePaths) {
      const keys = inputKeys(path);
      for (const [index, character] of HOSTILE.entries()) {
        const caller = callers[index % callers.length];
        const value = `abc${character}def`;
        const inputs: [unknown, string][] = [
          [Object.fromEntries((keys.length ? keys : ['id']).map((key) => [key, value])), keys[0] ?? 'id'],
          [{ [keys[0] ?? 'id']: [value] }, `${keys[0] ?? 'id'}.0`],
          [{ [keys[0] ?? 'id']: { nested: value } }, `${keys[0] ?? 'id'}.nested`],
        ];
        for (const [input, field] of inputs) {
          requests++;
          const result = await outcome(procedureOf(caller, path)(input));
          expect({ path, character: character.charCodeAt(0), code: result.code }).toEqual({ path, character: character.charCodeAt(0), code: 'INPUT.CONTROL_CHARACTER' });
          expect(result.fields[field]).toBe('errors.controlCharacter');
        }
      }
    }
    expect(requests).toBe(procedurePaths.length * HOSTILE.length * 3);
  });

  it('finding 9: the public form refuses NUL in a name with a field error and stores nothing; tabs, newlines and emoji are stored intact', async () => {
    const org = await createOrganisation(world, 'Stored');
    const refused = await outcome(world.browser().application.submitApplication(application(org.programmeId, { firstName: 'San\u0000ne', email: 'nul@example.org' })));
    expect(refused).toEqual({ code: 'INPUT.CONTROL_CHARACTER', fields: { firstName: 'errors.controlCharacter' } });
    const motivation = 'Regel één\r\nRegel twee\tmet tab 😀 مرحبا';
    await world.browser().application.submitApplication(application(org.programmeId, { email: 'intact@example.org', motivation }));
    const em = world.orm.em.fork();
    expect(await em.count(Volunteer, { emailNormalised: 'nul@example.org' })).toBe(0);
    expect((await em.findOneOrFail(Volunteer, { emailNormalised: 'intact@example.org' })).motivation).toBe(motivation);
  });
});
