/**
 * Text that no form sends and no database should be handed: NUL (PostgreSQL refuses it in text,
 * SQLite cuts strings at it), the other C0 controls except tab, line feed and carriage return,
 * DEL, the C1 controls, and lone UTF-16 surrogates (not valid UTF-8, so PostgreSQL refuses them).
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasForbiddenCharacter(text: string): boolean {
  return FORBIDDEN.test(text);
}

/**
 * The paths (`family.0.firstName`) of every string in a raw input that holds a forbidden character,
 * object keys included. Depth-limited: no procedure's input is deeper than a few levels.
 */
export function forbiddenCharacterPaths(input: unknown, path: string[] = [], found: string[] = [], depth = 0): string[] {
  if (depth > 32 || found.length >= 20) return found;
  if (typeof input === 'string') {
    if (hasForbiddenCharacter(input)) found.push(path.join('.') || '_');
  } else if (Array.isArray(input)) {
    input.forEach((item, index) => forbiddenCharacterPaths(item, [...path, String(index)], found, depth + 1));
  } else if (input !== null && typeof input === 'object') {
    for (const [key, value] of Object.entries(input)) {
      if (hasForbiddenCharacter(key)) found.push([...path, '_'].join('.'));
      else forbiddenCharacterPaths(value, [...path, key], found, depth + 1);
    }
  }
  return found;
}
