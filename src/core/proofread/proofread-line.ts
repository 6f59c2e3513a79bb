import type { Item, LineRole } from '../analysis-types.ts';

/** One source line as the detectors see it, with its neighbours in the same block. */
export interface ProofreadLine {
  /** 1-based source line number. */
  line: number;
  /** The line's text exactly as in the source. */
  text: string;
  /** What the line does in its item ('body' when no item claims it). */
  role: LineRole;
  /** 2 in headlines and column heads, 1 elsewhere. */
  severity: 1 | 2;
  /** Text of the line before it in the same paragraph or headline; '' when it opens one. */
  before: string;
  /** Text of the line after it in the same paragraph or headline; '' when it closes one. */
  after: string;
  /** The engine's joined text of the paragraph holding this line, or null when unknown. */
  paragraphText: string | null;
}

/** Roles whose errors weigh double (headlines and column heads). */
const HEAD_ROLES = new Set<LineRole>(['headline', 'kicker', 'section', 'subtitle', 'crosshead']);

/** Roles the proofreader leaves alone. */
const SKIPPED_ROLES = new Set<LineRole>(['furniture']);

/** A line that starts with indentation opens a paragraph in raw page text. */
const INDENTED = /^[\u3000\t ]{2,}|^\u3000/;

function isBlank(text: string): boolean {
  return text.trim().length === 0;
}

function makeLine(line: number, text: string, role: LineRole): ProofreadLine {
  return {
    line,
    text,
    role,
    severity: HEAD_ROLES.has(role) ? 2 : 1,
    before: '',
    after: '',
    paragraphText: null,
  };
}

/** Links consecutive lines of one block so a detector can look across the line break. */
function link(first: ProofreadLine | undefined, second: ProofreadLine | undefined): void {
  if (!first || !second) return;
  first.after = second.text;
  second.before = first.text;
}

/** Without items every non-blank line is body text; adjacent lines form a block until a blank or an indent. */
function linesWithoutItems(source: readonly string[]): ProofreadLine[] {
  const result: ProofreadLine[] = [];
  let previous: ProofreadLine | undefined;
  source.forEach((text, index) => {
    if (isBlank(text)) {
      previous = undefined;
      return;
    }
    const current = makeLine(index + 1, text, 'body');
    if (previous && !INDENTED.test(text)) link(previous, current);
    result.push(current);
    previous = current;
  });
  return result;
}

/**
 * Builds the lines to proofread from the source and the engine's items: furniture is skipped,
 * roles give severity, paragraphs and multi-line heads give each line its neighbours.
 */
export function buildProofreadLines(
  source: readonly string[],
  items: readonly Item[],
): ProofreadLine[] {
  if (items.length === 0) return linesWithoutItems(source);
  const byNumber = new Map<number, ProofreadLine>();
  const skipped = new Set<number>();
  for (const item of items) {
    for (const number of item.lines) {
      const text = source[number - 1];
      if (text === undefined || isBlank(text)) continue;
      const role = item.kind === 'furniture' ? 'furniture' : (item.roles[number] ?? 'body');
      if (SKIPPED_ROLES.has(role)) {
        skipped.add(number);
        continue;
      }
      if (!byNumber.has(number)) byNumber.set(number, makeLine(number, text, role));
    }
    for (const paragraph of item.paragraphs) {
      for (let i = 0; i < paragraph.lines.length; i++) {
        const current = byNumber.get(paragraph.lines[i] ?? 0);
        if (current) current.paragraphText = paragraph.text;
        if (i > 0) link(byNumber.get(paragraph.lines[i - 1] ?? 0), current);
      }
    }
  }
  // Lines no item claims are still proofread, as body text on their own.
  source.forEach((text, index) => {
    const number = index + 1;
    if (!byNumber.has(number) && !skipped.has(number) && !isBlank(text)) {
      byNumber.set(number, makeLine(number, text, 'body'));
    }
  });
  // Multi-line heads: consecutive lines with the same head role read as one.
  const ordered = [...byNumber.values()].sort((a, b) => a.line - b.line);
  for (let i = 1; i < ordered.length; i++) {
    const prev = ordered[i - 1];
    const current = ordered[i];
    if (
      prev &&
      current &&
      current.line === prev.line + 1 &&
      current.role === prev.role &&
      HEAD_ROLES.has(current.role) &&
      prev.after === '' &&
      current.before === ''
    ) {
      link(prev, current);
    }
  }
  return ordered;
}
