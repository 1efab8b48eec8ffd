import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_DOMAIN_CODES, isDomainCode } from '@driehoek/domain/codes';
import { API_CODES, ERROR_TABLE } from './table.js';
import { ERROR_CODES_DOC, errorCodesMarkdown } from './catalogue-doc.js';
import { AppError, throwIfRefused } from './index.js';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the api error table', () => {
  it('maps every domain code and every api code, and nothing else', () => {
    const mapped = Object.keys(ERROR_TABLE).sort();
    expect(mapped).toEqual([...ALL_DOMAIN_CODES, ...API_CODES].sort());
    expect(mapped.length).toBe(ALL_DOMAIN_CODES.length + API_CODES.length);
  });

  it('keeps the api codes apart from the domain catalogue', () => {
    expect(API_CODES.filter((code) => isDomainCode(code))).toEqual([]);
  });

  it('gives each code a plain English sentence, never the code itself', () => {
    for (const [code, [, message]] of Object.entries(ERROR_TABLE)) {
      expect(message, code).toMatch(/^[A-Z].*[.!]$/);
      expect(message, code).not.toContain(code);
      expect(message, code).not.toMatch(/\{\{|[A-Z]+_[A-Z_]+/);
    }
  });

  it('knows every code the api source throws by name', () => {
    const named = sourceFiles(SRC).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/AppError\(\s*'([A-Z_.]+)'/g)].map((match) => match[1]!),
    );
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((code) => !(code in ERROR_TABLE))).toEqual([]);
  });

  it('turns a refusal into its status and message and keeps the field for the form', () => {
    const error = new AppError('MATCH.WRONG_STAGE', 'matchId');
    expect(error).toMatchObject({ code: 'CONFLICT', message: ERROR_TABLE['MATCH.WRONG_STAGE'][1], domainCode: 'MATCH.WRONG_STAGE' });
    expect(error.fieldErrors).toEqual({ matchId: 'MATCH.WRONG_STAGE' });
    expect(() => throwIfRefused({ ok: false, code: 'LOG.DATE_IN_FUTURE', field: 'date' })).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST', fieldErrors: { date: 'LOG.DATE_IN_FUTURE' } }),
    );
  });
});

describe(ERROR_CODES_DOC, () => {
  it('is up to date with the catalogue and the table (run `pnpm --filter @driehoek/api error-codes`)', () => {
    expect(readFileSync(join(ROOT, ERROR_CODES_DOC), 'utf8')).toBe(errorCodesMarkdown());
  });

  it('lists every code once', () => {
    const doc = errorCodesMarkdown();
    for (const code of Object.keys(ERROR_TABLE)) expect(doc.split(`| \`${code}\` |`).length - 1, code).toBe(1);
  });
});
