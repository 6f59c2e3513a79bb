import type { Flag, FlagType } from '../analysis-types.ts';
import type { ProofreadLine } from './proofread-line.ts';

/** True for a UTF-16 code unit that is a CJK ideograph (the basic and extension A blocks, 〇). */
export function isHanCode(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code === 0x3007
  );
}

/** True when the character at `index` of `text` is a CJK ideograph. */
export function isHanAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && isHanCode(text.charCodeAt(index));
}

/** True when every code unit of the string is a CJK ideograph. */
export function isAllHan(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) if (!isHanCode(text.charCodeAt(i))) return false;
  return true;
}

/** What a detector says about one span of a line; the flag's text and severity come from the line. */
export interface FlagSpec {
  /** 0-based UTF-16 offset in the line. */
  column: number;
  /** Length in UTF-16 code units. */
  length: number;
  /** Which fault this is. */
  type: FlagType;
  /** Text that replaces exactly the span, or null. */
  suggestion: string | null;
  /** 0..1. */
  confidence: number;
  /** One line for the reader. */
  message: string;
}

/** Turns a detector's finding into a flag whose text is exactly the flagged span of the line. */
export function makeFlag(line: ProofreadLine, spec: FlagSpec): Flag {
  const column = Math.max(0, Math.min(spec.column, line.text.length));
  const length = Math.max(0, Math.min(spec.length, line.text.length - column));
  return {
    line: line.line,
    column,
    length,
    text: line.text.slice(column, column + length),
    type: spec.type,
    suggestion: spec.suggestion,
    confidence: Math.round(Math.max(0, Math.min(1, spec.confidence)) * 100) / 100,
    severity: line.severity,
    message: spec.message,
  };
}

/** Orders flags by line, then column, then length. */
export function compareFlags(a: Flag, b: Flag): number {
  return a.line - b.line || a.column - b.column || a.length - b.length;
}
