import type { Flag } from '../analysis-types.ts';
import { makeFlag } from './flag-utils.ts';
import type { ProofreadLine } from './proofread-line.ts';

/** A paragraph join the engine was unsure about. */
export interface UncertainJoin {
  /** 1-based line the paragraph seemed to end on. */
  fromLine: number;
  /** 1-based line it may continue on. */
  toLine: number;
  /** How sure the engine was of its choice, 0..1. */
  confidence: number;
}

/** Hints never claim more than this: the reader decides. */
const MAX_CONFIDENCE = 0.5;

/**
 * Turns the engine's unsure paragraph joins into hints on the last character of the line where
 * the paragraph may break (…联防联控；严 / 查工地…). No suggestion: the fix is a join, not a word.
 */
export function detectBrokenParagraph(
  lines: readonly ProofreadLine[],
  joins: readonly UncertainJoin[],
): Flag[] {
  if (joins.length === 0) return [];
  const byNumber = new Map(lines.map((line) => [line.line, line]));
  const flags: Flag[] = [];
  for (const join of joins) {
    const line = byNumber.get(join.fromLine);
    if (!line || !Number.isFinite(join.confidence)) continue;
    const trimmed = line.text.trimEnd();
    if (trimmed.length === 0) continue;
    const last = Array.from(trimmed).pop() ?? '';
    const doubt = 1 - Math.max(0, Math.min(1, join.confidence));
    flags.push(
      makeFlag(line, {
        column: trimmed.length - last.length,
        length: last.length,
        type: 'broken-paragraph',
        suggestion: null,
        confidence: Math.min(MAX_CONFIDENCE, Math.max(0.1, doubt)),
        message: `the paragraph may continue on line ${join.toLine}; check the join`,
      }),
    );
  }
  return flags;
}
