/**
 * Formula injection in exported spreadsheets (OWASP "CSV Injection"): a cell that begins with
 * `=`, `+`, `-`, `@`, a tab or a carriage return may be run as a formula when a funder opens the
 * CSV or Excel file. A name, a help request or a meeting note typed by anyone ends up in such a
 * cell, so every text cell is neutralised by prefixing a single quote, which spreadsheet programs
 * show as text. One rule, shared by the api's CSV and Excel writers; quoting and escaping the CSV
 * itself is the CSV library's job.
 */

/** The characters that make a spreadsheet read a cell as a formula (OWASP). */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

const TRIGGERS = new Set(FORMULA_TRIGGERS);

/** A text cell as it may be written: prefixed with `'` when it begins with a formula trigger, otherwise unchanged. */
export function neutraliseCell(text: string): string {
  return text.length > 0 && TRIGGERS.has(text.charAt(0)) ? `'${text}` : text;
}

/** An exported value: text is neutralised; numbers, booleans and empty cells stay what they are (a number is never a formula). */
export function exportCell<T extends string | number | boolean | null | undefined>(value: T): T extends string ? string : T {
  return (typeof value === 'string' ? neutraliseCell(value) : value) as T extends string ? string : T;
}

/** A row of cells, each through `exportCell`. */
export function exportRow(cells: readonly (string | number | boolean | null | undefined)[]): readonly (string | number | boolean | null | undefined)[] {
  return cells.map((cell) => exportCell(cell));
}
