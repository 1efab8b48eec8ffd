import { describe, expect, it } from 'vitest';
import { exportCell, exportRow, neutraliseCell } from './export-cells.js';

describe('export cells: formula injection (OWASP CSV Injection) neutralised for CSV and Excel', () => {
  it('prefixes a quote to text that begins with = + - @ tab or carriage return', () => {
    expect(neutraliseCell('=HYPERLINK("http://evil.example","click")')).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(neutraliseCell('+31 6 12345678')).toBe(`'+31 6 12345678`);
    expect(neutraliseCell('-2+3')).toBe(`'-2+3`);
    expect(neutraliseCell('@SUM(A1:A2)')).toBe(`'@SUM(A1:A2)`);
    expect(neutraliseCell('\t=1+1')).toBe(`'\t=1+1`);
    expect(neutraliseCell('\r=1+1')).toBe(`'\r=1+1`);
  });

  it('leaves other text alone, also a trigger later in the text, and the empty cell', () => {
    expect(neutraliseCell('Fatima')).toBe('Fatima');
    expect(neutraliseCell('a=b')).toBe('a=b');
    expect(neutraliseCell(' =1')).toBe(' =1');
    expect(neutraliseCell('')).toBe('');
    expect(neutraliseCell("'=already")).toBe("'=already");
  });

  it('numbers, booleans and empty values are not text and stay as they are', () => {
    expect(exportCell(-5)).toBe(-5);
    expect(exportCell(true)).toBe(true);
    expect(exportCell(null)).toBeNull();
    expect(exportRow(['=1', 3, null, 'ok'])).toEqual(["'=1", 3, null, 'ok']);
  });
});
