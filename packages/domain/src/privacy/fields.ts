/**
 * PRV-1: "There are no fields for BSN or ID-document copies" (vrijwilligersaanzet.nl / AP: no BSN
 * and no copy of an identity document without a specific legal purpose; CON-9 checks parental
 * authority against an ID "without keeping a copy"). A check over field names, for a test in each
 * layer that has fields (database entities, contract schemas, forms, exports) so that such a field
 * cannot be added unnoticed.
 */
import { refuse, type Refusal } from '../result.js';
import type { Codes } from '../codes.js';

export type ForbiddenFieldProblem = Codes< 'PRIVACY.BSN_FIELD' | 'PRIVACY.ID_DOCUMENT_FIELD'>;

/** `idCopyUrl`, `id_copy_url`, `IDCopy` → ['id', 'copy', 'url']. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

const BSN_WORDS = new Set(['bsn', 'burgerservicenummer', 'sofinummer', 'sofinr', 'ssn']);
const ID_DOCUMENT_WORDS = new Set(['passport', 'paspoort', 'identiteitskaart', 'identiteitsbewijs', 'rijbewijs', 'idcard', 'idcopy', 'idscan', 'iddocument']);
const AFTER_ID = new Set(['copy', 'kopie', 'scan', 'card', 'kaart', 'document', 'photo', 'image', 'foto', 'number', 'nummer', 'bewijs']);

const follows = (list: readonly string[], first: readonly string[], second: ReadonlySet<string>): boolean =>
  list.some((word, index) => first.includes(word) && second.has(list[index + 1] ?? ''));

/** The problem of one field name, or null. Words, not substrings: `jobsNotified` is fine, `bsnNumber` is not. */
export function forbiddenFieldProblem(name: string): ForbiddenFieldProblem | null {
  const list = words(name);
  const bsn =
    list.some((word) => BSN_WORDS.has(word)) ||
    follows(list, ['sofi'], new Set(['nummer', 'number', 'nr'])) ||
    follows(list, ['citizen'], new Set(['service'])) ||
    follows(list, ['social'], new Set(['security']));
  if (bsn) return 'PRIVACY.BSN_FIELD';
  if (
    list.some((word) => ID_DOCUMENT_WORDS.has(word)) ||
    follows(list, ['id', 'identity', 'identiteits'], AFTER_ID) ||
    follows(list, ['driving', 'drivers', 'driver'], new Set(['licence', 'license'])) ||
    follows(list, ['document'], new Set(['number', 'nummer', 'copy', 'scan']))
  ) {
    return 'PRIVACY.ID_DOCUMENT_FIELD';
  }
  return null;
}

/** PRV-1: every field name that looks like a BSN or an ID-document field, as a refusal on that field. */
export function forbiddenFields(names: readonly string[]): readonly Refusal<ForbiddenFieldProblem>[] {
  const refusals: Refusal<ForbiddenFieldProblem>[] = [];
  for (const name of names) {
    const problem = forbiddenFieldProblem(name);
    if (problem) refusals.push(refuse(problem, name));
  }
  return refusals;
}
