import type { Migration } from '@mikro-orm/migrations';

/**
 * The enum-casing migration (both dialects): the consent and screening values that were stored
 * SCREAMING_CASE ('MENTORING', 'PARENT_WITH_AUTHORITY', 'GIVEN', 'PROVIDED', …) become camelCase
 * like every other stored value ('mentoring', 'parentWithAuthority', 'given', 'provided'). The list
 * is frozen here, not read from the domain, so the migration means the same thing for ever.
 */
export const SCREAMING_VALUES = [
  // consent purposes
  'MENTORING', 'SHARE_CONTACT_DETAILS', 'SHARE_WITH_SCHOOL', 'EVALUATION', 'PHOTO_MEDIA',
  // giver roles and legal-basis givers
  'PUPIL', 'PARENT_WITH_AUTHORITY', 'LEGAL_GUARDIAN', 'ADULT_MENTEE', 'GUARDIAN', 'MENTEE',
  // methods and contact channels
  'IN_PERSON', 'PHONE', 'PAPER', 'PORTAL', 'EMAIL', 'LETTER',
  // decisions and statuses
  'GIVEN', 'REFUSED', 'WITHDRAWN', 'SUPERSEDED',
  // recorder roles
  'COORDINATOR', 'SCHOOL_MENTOR', 'GIVER', 'VOLUNTEER',
  // authority verification
  'IN_PERSON_WITH_FAMILY', 'SCHOOL_CONFIRMATION', 'SIGNED_FORM_CHECKED_AGAINST_ID',
  // recipients
  'MATCHED_VOLUNTEER', 'SCHOOL', 'ORGANISATION', 'FUNDER_AGGREGATED',
  // contact attempt results
  'NO_ANSWER', 'NO_RESPONSE', 'CONTACT_DETAILS_WRONG', 'LANGUAGE_BARRIER',
  // VOG result
  'PROVIDED', 'NOT_PROVIDED',
] as const;

export function camelCased(value: string): string {
  return value.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

const UP: ReadonlyMap<string, string> = new Map(SCREAMING_VALUES.map((value) => [value, camelCased(value)]));
const DOWN: ReadonlyMap<string, string> = new Map(SCREAMING_VALUES.map((value) => [camelCased(value), value]));

/** The plain text columns holding one of the values. */
const COLUMNS: Readonly<Record<string, readonly string[]>> = {
  consent: [
    'purpose', 'giver_role', 'legal_basis_giver', 'authority_verification_method', 'decision', 'method',
    'recorded_by_role', 'status', 'withdrawn_by_role', 'withdrawal_channel',
  ],
  contact_attempt: ['channel', 'result'],
  family_notification: ['notified_by_role', 'channel'],
  volunteer: ['vog_result'],
};

type Dialect = 'sqlite' | 'postgresql';

function quote(literal: string): string {
  return `'${literal.replace(/'/g, "''")}'`;
}

function columnSql(table: string, column: string, map: ReadonlyMap<string, string>): string {
  const cases = [...map].map(([from, to]) => `when ${quote(from)} then ${quote(to)}`).join(' ');
  return `update "${table}" set "${column}" = case "${column}" ${cases} else "${column}" end where "${column}" in (${[...map.keys()].map(quote).join(', ')});`;
}

const rename = (map: ReadonlyMap<string, string>) => (value: unknown): unknown =>
  typeof value === 'string' ? (map.get(value) ?? value) : value;

/** JSON columns: which values inside them are enum values. */
function renameRecipients(json: unknown, map: ReadonlyMap<string, string>): unknown {
  return Array.isArray(json) ? json.map(rename(map)) : json;
}

function renameAttempts(json: unknown, map: ReadonlyMap<string, string>): unknown {
  if (!Array.isArray(json)) return json;
  return json.map((attempt: unknown) => {
    if (!attempt || typeof attempt !== 'object') return attempt;
    const { channel, result, ...rest } = attempt as Record<string, unknown>;
    return { ...rest, ...(channel === undefined ? {} : { channel: rename(map)(channel) }), ...(result === undefined ? {} : { result: rename(map)(result) }) };
  });
}

/** Programme settings: `consent.purposes[].purpose`. */
function renameSettings(json: unknown, map: ReadonlyMap<string, string>): unknown {
  if (!json || typeof json !== 'object') return json;
  const settings = json as Record<string, unknown>;
  const consent = settings.consent as Record<string, unknown> | undefined;
  if (!consent || !Array.isArray(consent.purposes)) return json;
  const purposes = consent.purposes.map((requirement: unknown) =>
    requirement && typeof requirement === 'object'
      ? { ...(requirement as Record<string, unknown>), purpose: rename(map)((requirement as Record<string, unknown>).purpose) }
      : requirement,
  );
  return { ...settings, consent: { ...consent, purposes } };
}

const JSON_COLUMNS: readonly { table: string; column: string; change: (json: unknown, map: ReadonlyMap<string, string>) => unknown }[] = [
  { table: 'consent', column: 'recipients', change: renameRecipients },
  { table: 'family_notification', column: 'guardian_contact_attempts', change: renameAttempts },
  { table: 'programme', column: 'settings', change: renameSettings },
];

async function rewrite(migration: Migration, dialect: Dialect, map: ReadonlyMap<string, string>): Promise<void> {
  for (const [table, columns] of Object.entries(COLUMNS)) {
    for (const column of columns) await migration.execute(columnSql(table, column, map));
  }
  for (const { table, column, change } of JSON_COLUMNS) {
    const rows = await migration.execute(`select "id", "${column}" as "value" from "${table}"`);
    for (const row of rows) {
      const stored = row.value;
      const json: unknown = typeof stored === 'string' ? JSON.parse(stored) : stored;
      const changed = JSON.stringify(change(json, map));
      if (changed === JSON.stringify(json)) continue;
      const placeholder = dialect === 'postgresql' ? '?::jsonb' : '?';
      await migration.execute(`update "${table}" set "${column}" = ${placeholder} where "id" = ?`, [changed, row.id]);
    }
  }
}

export const enumCasingUp = (migration: Migration, dialect: Dialect) => rewrite(migration, dialect, UP);
export const enumCasingDown = (migration: Migration, dialect: Dialect) => rewrite(migration, dialect, DOWN);
