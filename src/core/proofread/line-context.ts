import type { ProofreadLine } from './proofread-line.ts';

/** A line with a few characters of its neighbours around it, so words cut by a line break still read whole. */
export interface LineContext {
  /** The tail of the line before, the line, and the head of the line after. */
  text: string;
  /** Where the line itself starts in `text`. */
  offset: number;
}

/** Surrounds a line with up to `reach` characters of the lines before and after it in the same block. */
export function withContext(line: ProofreadLine, reach: number): LineContext {
  const before = line.before.trimEnd().slice(-reach);
  const after = line.after.trimStart().slice(0, reach);
  return { text: before + line.text + after, offset: before.length };
}

/**
 * Reads a character around a line without building the context string: offsets before 0 read
 * the end of the line before, offsets past the end the start of the line after (same block).
 * Returns the UTF-16 code unit, or 0 past the block.
 */
export function codeAround(line: ProofreadLine, index: number): number {
  const { text } = line;
  if (index >= 0 && index < text.length) return text.charCodeAt(index);
  if (index < 0) {
    const before = line.before.trimEnd();
    const at = before.length + index;
    return at >= 0 ? before.charCodeAt(at) : 0;
  }
  const after = line.after.trimStart();
  const at = index - text.length;
  return at < after.length ? after.charCodeAt(at) : 0;
}
