/**
 * Splits decoded text into source lines the way line numbers are counted everywhere in Galley: a
 * line ends at `\n` (its `\r` in a `\r\n` pair dropped); a lone `\r` or a form feed ends no line.
 * A leading byte-order mark (U+FEFF) is dropped.
 */
export function toSourceLines(text: string): string[] {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return withoutBom.split(/\r?\n/);
}
