// Proves the boundary rules bite: each case lints a deliberately bad (or good) file with the real
// eslint.config.js of the package it would live in and expects the error (or none).
// Run: `pnpm --filter @driehoek/eslint-config test` (node's own test runner; no extra packages).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The messages of `ruleId` that the package's own config gives `code` as the file `filePath`. */
async function messagesOf(packageDir, filePath, code, ruleId) {
  const eslint = new ESLint({ cwd: `${root}${packageDir}` });
  const [result] = await eslint.lintText(code, { filePath });
  const fatal = result.messages.filter((message) => message.fatal);
  assert.deepEqual(fatal, [], 'the sample must parse');
  return result.messages.filter((message) => message.ruleId === ruleId).map((message) => message.message);
}

describe('packages/domain imports nothing (pureDomain)', () => {
  const domainImports = (code) => messagesOf('packages/domain', 'src/calendar/example.ts', `${code}\nexport const y = x;\n`, 'no-restricted-imports');

  it('refuses an npm package, a node: built-in and another workspace package', async () => {
    assert.equal((await domainImports("import { z as x } from 'zod';")).length, 1);
    assert.equal((await domainImports("import { readFileSync as x } from 'node:fs';")).length, 1);
    assert.equal((await domainImports("import { readFileSync as x } from 'fs';")).length, 1);
    assert.equal((await domainImports("import { id as x } from '@driehoek/contracts/common';")).length, 1);
    assert.equal((await domainImports("import type { Clock as x } from '@driehoek/db';")).length, 1);
  });

  it('allows its own modules', async () => {
    assert.deepEqual(await domainImports("import { addDays as x } from '../calendar/index.js';"), []);
    assert.deepEqual(await domainImports("import { refuse as x } from './result.js';"), []);
  });
});

for (const app of ['apps/coordinator', 'apps/portal', 'apps/recruit']) {
  describe(`${app} imports the api only as a type (clientApp)`, () => {
    const appImports = (code, file = 'src/example.tsx') => messagesOf(app, file, `${code}\nexport const y = x;\n`, '@typescript-eslint/no-restricted-imports');

    it('refuses @driehoek/api as a value', async () => {
      const messages = await appImports("import { appRouter as x } from '@driehoek/api';");
      assert.equal(messages.length, 1);
      assert.match(messages[0], /only as a type/);
      assert.equal((await appImports("import { appRouter as x, type AppRouter } from '@driehoek/api';", 'src/example.ts')).length, 1);
    });

    it('refuses api and db internals, even as types', async () => {
      assert.match((await appImports("import { AppError as x } from '@driehoek/api/errors';"))[0] ?? '', /internals/);
      assert.equal((await appImports("import type { AppError as x } from '@driehoek/api/errors';")).length, 1);
      assert.equal((await appImports("import { Programme as x } from '@driehoek/db';")).length, 1);
      assert.equal((await appImports("import type { Programme as x } from '@driehoek/db/entities';")).length, 1);
    });

    it('allows the router types', async () => {
      assert.deepEqual(await appImports("import type { AppRouter as x, RouterOutputs } from '@driehoek/api';\ntype Z = RouterOutputs;\nexport type { Z };"), []);
      assert.deepEqual(await appImports("import { type RouterInputs as x } from '@driehoek/api';"), []);
      assert.deepEqual(await appImports("import { id as x } from '@driehoek/contracts/common';"), []);
    });
  });
}
