/** Escapes `%`, `_` and `\` (LIKE's default escape) so user text matches literally inside a LIKE pattern. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}
