import type { Flag, Language } from '../analysis-types.ts';
import { isHanAt, makeFlag } from './flag-utils.ts';
import { withContext } from './line-context.ts';
import type { ProofreadLine } from './proofread-line.ts';

/** ASCII marks and the full-width marks GB/T 15834 wants in Chinese text. */
const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  '.': '。',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

/** Full-width marks in English text and their ASCII forms. */
const HALF_WIDTH: Readonly<Record<string, string>> = {
  '，': ',',
  '。': '.',
  '：': ':',
  '；': ';',
  '？': '?',
  '！': '!',
};

/** Words a subtitle dash usually opens (——记…, ——访…); after a lone 一 they mark a misread dash. */
const DASH_OPENERS = /^一(记|访|写在|专访|追记|走近|走进|探访|对话|聚焦|来自)/;

/** Parentheses around text that holds Chinese. */
const PARENTHESES = /\(([^()]{1,40})\)/g;

function flagMark(line: ProofreadLine, column: number, mark: string, replacement: string): Flag {
  return makeFlag(line, {
    column,
    length: mark.length,
    type: 'punctuation-width',
    suggestion: replacement,
    confidence: 0.8,
    message: `half-width "${mark}" in Chinese text; use ${replacement}`,
  });
}

/** Lines without any of these need no closer look. */
const ZH_SUSPECT_MARKS = /[,.:;?!()]|--|^一/;

/** Roles a subtitle's dash can open. */
const HEAD_ROLES = new Set(['subtitle', 'headline', 'kicker', 'crosshead']);

/**
 * A line that reads like a subtitle: a head line, or, without roles, a short line standing alone
 * with no sentence end (body lines wrapped in a column have neighbours, so 一记耳光 passes).
 */
function isStandaloneHead(line: ProofreadLine): boolean {
  if (HEAD_ROLES.has(line.role)) return true;
  return (
    line.role === 'body' &&
    line.before === '' &&
    line.after === '' &&
    line.text.length <= 40 &&
    !line.text.includes('。')
  );
}

function detectZhLine(line: ProofreadLine): Flag[] {
  if (!ZH_SUSPECT_MARKS.test(line.text)) return [];
  const flags: Flag[] = [];
  const { text } = line;
  const context = withContext(line, 1);
  const full = context.text;
  const taken = new Set<number>();
  for (const match of text.matchAll(PARENTHESES)) {
    const inner = match[1] ?? '';
    const open = match.index;
    const close = open + inner.length + 1;
    const at = context.offset + open;
    const hanInside = /[\u4e00-\u9fff]/.test(inner);
    if (!hanInside || (!isHanAt(full, at - 1) && !isHanAt(full, at + 1))) continue;
    if (/[A-Za-z]{2,}/.test(inner)) continue; // an English aside keeps its marks
    flags.push(flagMark(line, open, '(', '（'), flagMark(line, close, ')', '）'));
    taken.add(open).add(close);
  }
  for (let column = 0; column < text.length; column++) {
    const mark = text[column] ?? '';
    const at = context.offset + column;
    if (
      mark === '-' &&
      text[column + 1] === '-' &&
      text[column + 2] !== '-' &&
      full[at - 1] !== '-'
    ) {
      // Two hyphens between Chinese characters stand in for the dash (——).
      if (isHanAt(full, at - 1) && isHanAt(full, at + 2)) {
        flags.push(
          makeFlag(line, {
            column,
            length: 2,
            type: 'punctuation-width',
            suggestion: '——',
            confidence: 0.6,
            message: 'a Chinese dash is two em dashes (——), not two hyphens',
          }),
        );
      }
      column++;
      continue;
    }
    const replacement = FULL_WIDTH[mark];
    if (!replacement || mark === '(' || mark === ')' || taken.has(column)) continue;
    if (!isHanAt(full, at - 1)) continue;
    const next = full[at + 1];
    const endsLine = next === undefined || /\s/.test(next);
    // A full stop needs Chinese after it as well; the other marks may end the line.
    if (isHanAt(full, at + 1) || (endsLine && mark !== '.')) {
      flags.push(flagMark(line, column, mark, replacement));
    }
  }
  if (isStandaloneHead(line) && DASH_OPENERS.test(line.text)) {
    flags.push(
      makeFlag(line, {
        column: 0,
        length: 1,
        type: 'punctuation-width',
        suggestion: '——',
        confidence: 0.5,
        message: 'a subtitle opens with a dash (——); "一" is probably a misread dash',
      }),
    );
  }
  return flags;
}

/** Full-width marks an English line may hold by mistake. */
const EN_SUSPECT_MARKS = /[，。：；？！]/;

function detectEnLine(line: ProofreadLine): Flag[] {
  if (!EN_SUSPECT_MARKS.test(line.text)) return [];
  const flags: Flag[] = [];
  const { text } = line;
  for (let column = 1; column < text.length; column++) {
    const mark = text[column] ?? '';
    const replacement = HALF_WIDTH[mark];
    if (!replacement) continue;
    if (!/[A-Za-z]/.test(text[column - 1] ?? '')) continue;
    if (!/[\sA-Za-z]/.test(text[column + 1] ?? ' ')) continue;
    flags.push(
      makeFlag(line, {
        column,
        length: 1,
        type: 'punctuation-width',
        suggestion: replacement,
        confidence: 0.7,
        message: `full-width "${mark}" in English text; use "${replacement}"`,
      }),
    );
  }
  return flags;
}

/**
 * Flags punctuation of the wrong width: ASCII , . : ; ? ! ( ) between Chinese characters, two hyphens
 * standing for a dash (-- for ——; a single — between Chinese is the connecting mark and stays), a lone 一 opening a subtitle where a dash belongs, and
 * full-width marks inside English. Numbers, times, URLs and English spans are left alone because
 * a mark is only flagged with Chinese characters around it.
 */
export function detectPunctuationWidth(
  lines: readonly ProofreadLine[],
  language: Language,
): Flag[] {
  return lines.flatMap((line) => (language === 'zh' ? detectZhLine(line) : detectEnLine(line)));
}
