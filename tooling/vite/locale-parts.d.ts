/** Splits `*.json?part=first|rest` imports into the named top-level sections and the others. */
export function localeParts(options: { first: string[] }): {
  name: string;
  enforce: 'pre';
  load(id: string): Promise<{ code: string; moduleType: 'js' } | null>;
};
