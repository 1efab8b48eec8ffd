// Writes docs/ERROR-CODES.md from the domain's code catalogue and the api's error table.
// Run: pnpm --filter @driehoek/api error-codes
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ERROR_CODES_DOC, errorCodesMarkdown } from '../src/errors/catalogue-doc.js';

const target = fileURLToPath(new URL(`../../../${ERROR_CODES_DOC}`, import.meta.url));
writeFileSync(target, errorCodesMarkdown());
console.log(`wrote ${ERROR_CODES_DOC}`);
