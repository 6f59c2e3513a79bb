/** Formats a 1-based line range, e.g. "3–21" or "7". */
export function formatLineRange(first: number, last: number): string {
  return first === last ? String(first) : `${first}–${last}`;
}
