/**
 * YAML scalars that read back as exactly the text given. Drafts are read with the failsafe schema (every plain
 * scalar is the string as written), so a plain scalar is safe whenever YAML's syntax leaves it alone; anything else
 * is double-quoted (JSON's string escapes are valid YAML double-quoted escapes).
 */

export type ScalarStyle = 'plain' | 'single' | 'double';

/** Text that YAML reads back unchanged as a plain scalar in block or flow context. */
export function isPlainSafe(value: string): boolean {
  return /^[A-Za-z0-9_/$(][A-Za-z0-9 _./$()'-]*$/.test(value) && !value.endsWith(' ');
}

export function yamlScalar(value: string, style: ScalarStyle = 'plain'): string {
  if (style === 'plain' && isPlainSafe(value)) return value;
  if (style === 'single' && !/[\r\n]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  return JSON.stringify(value);
}

/** The style a scalar is written in, from its first character. */
export function scalarStyleAt(text: string, offset: number): ScalarStyle {
  const c = text[offset];
  return c === '"' ? 'double' : c === "'" ? 'single' : 'plain';
}
