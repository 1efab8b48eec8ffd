// A language file in two parts, so a first page downloads only the texts it shows: importing
// `./locales/nl.json?part=first` gives the top-level sections named in `first` (the shell's,
// the sign-in's, the error texts), `?part=rest` every other section. The files stay one per
// language (translators edit one file; the locales test checks it whole).
import { readFile } from 'node:fs/promises';

const PART = /^(.+\.json)\?part=(first|rest)$/;

/** @param {{ first: string[] }} options the top-level sections of the first part */
export function localeParts({ first }) {
  const inFirst = new Set(first);
  return {
    name: 'driehoek:locale-parts',
    enforce: 'pre',
    async load(id) {
      const match = PART.exec(id);
      if (!match) return null;
      const [, file, part] = match;
      this.addWatchFile(file);
      const sections = Object.entries(JSON.parse(await readFile(file, 'utf8')));
      const texts = Object.fromEntries(sections.filter(([key]) => inFirst.has(key) === (part === 'first')));
      return { code: `export default ${JSON.stringify(texts)};`, moduleType: 'js' };
    },
  };
}
