import { describe, expect, it } from 'vitest';
import { ALL_DOMAIN_CODES, DOMAIN_CODES, DOMAIN_NAMESPACES, isDomainCode, namespaceOf } from './codes.js';

declare global {
  interface ImportMeta {
    glob<T>(patterns: string | readonly string[], options: { query: '?raw'; import: 'default'; eager: true }): Record<string, T>;
  }
}

/** The domain's own source, tests and the catalogue itself left out. */
const SOURCES = import.meta.glob<string>(['./**/*.ts', '!./**/*.test.ts', '!./codes.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** A namespaced code as a string literal: `'CONSENT.PUPIL_MISSING'` (three-part step codes such as `MATCH.NEXT.…` are labels, not codes). */
const CODE_LITERAL = /['"`]([A-Z][A-Z_]*\.[A-Z][A-Z0-9_]*)['"`]/g;

function codesIn(source: string): string[] {
  return [...source.matchAll(CODE_LITERAL)].map((match) => match[1]!);
}

describe('the catalogue of domain codes', () => {
  it('reads the domain source (the scan can see codes)', () => {
    expect(Object.keys(SOURCES).length).toBeGreaterThan(50);
    expect(codesIn(SOURCES['./consent/types.ts']!)).toContain('CONSENT.PUPIL_MISSING');
  });

  it('holds every code string written in domain source', () => {
    const missing = Object.entries(SOURCES).flatMap(([file, source]) =>
      codesIn(source)
        .filter((code) => !isDomainCode(code))
        .map((code) => `${code} (${file})`),
    );
    expect(missing).toEqual([]);
  });

  it('holds no code the domain no longer uses', () => {
    const used = new Set(Object.values(SOURCES).flatMap(codesIn));
    expect(ALL_DOMAIN_CODES.filter((code) => !used.has(code))).toEqual([]);
  });

  it('keeps each namespace sorted and free of doubles', () => {
    for (const namespace of DOMAIN_NAMESPACES) {
      const names = [...DOMAIN_CODES[namespace]] as string[];
      expect(names, namespace).toEqual([...new Set(names)].sort());
    }
    expect(new Set(ALL_DOMAIN_CODES).size).toBe(ALL_DOMAIN_CODES.length);
  });

  it('tells a code its namespace', () => {
    expect(namespaceOf('CONSENT.PUPIL_MISSING')).toBe('CONSENT');
    expect(isDomainCode('CONSENT.PUPIL_MISSING')).toBe(true);
    expect(isDomainCode('CONSENT.NOT_A_CODE')).toBe(false);
  });
});
