import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd });

/** The `no-restricted-imports` messages ESLint gives `code` as if it were the file at `filePath`. */
async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('feature boundaries (eslint.config.js)', () => {
  it("refuses a feature's import of another feature's internals", async () => {
    const messages = await restricted('src/features/budget/example.ts', "import { loadMatch } from '../match/load-match.js';\nexport const x = loadMatch;\n");
    expect(messages).toEqual([expect.stringContaining('through its index')]);
  });

  it("allows another feature's index, the feature's own files and the plumbing", async () => {
    const code = [
      "import { loadMatch } from '../match/index.js';",
      "import { list } from './list.js';",
      "import { coordinatorProcedure } from '../../trpc/index.js';",
      "import { audit } from '../../audit/index.js';",
      'export const x = [loadMatch, list, coordinatorProcedure, audit];',
      '',
    ].join('\n');
    expect(await restricted('src/features/budget/example.ts', code)).toEqual([]);
  });

  it('refuses the same from a file one folder deeper in a feature', async () => {
    expect(await restricted('src/features/consent/notices/example.ts', "import { x } from '../../pupil/detail.js';\nexport const y = x;\n")).toHaveLength(1);
    expect(await restricted('src/features/consent/notices/example.ts', "import { x } from '../../pupil/index.js';\nimport { y } from '../notice-text.js';\nexport const z = [x, y];\n")).toEqual([]);
  });

  it("refuses the root's and the plumbing's import of a feature's internals", async () => {
    expect(await restricted('src/example.ts', "import { matchesRouter } from './features/match/router.js';\nexport const x = matchesRouter;\n")).toHaveLength(1);
    expect(await restricted('src/testing/example.ts', "import { x } from '../features/pupil/detail.js';\nexport const y = x;\n")).toHaveLength(1);
    expect(await restricted('src/testing/example.ts', "import { x } from '../features/pupil/index.js';\nexport const y = x;\n")).toEqual([]);
  });
});
