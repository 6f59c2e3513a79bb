import type { Layout } from './detect-layout.ts';
import {
  endsWithSignOff,
  isCapitalLine,
  matchBylineLine,
  matchClosingDateline,
  matchCredit,
  matchDateline,
  matchFurniture,
  matchJumpLine,
} from './line-patterns.ts';
import type { SourceLine } from './read-source-lines.ts';

/** What a run of lines is, before it is placed in an article. */
export type UnitKind =
  'furniture' | 'jump' | 'credit' | 'byline' | 'signoff' | 'dateline' | 'heading' | 'body';

/** A paragraph-sized run of lines: a heading, a paragraph, a byline line, a furniture line. */
export interface Unit {
  /** What the unit is. */
  kind: UnitKind;
  /** Its source lines, in order. */
  lines: SourceLine[];
  /** True when a blank line (or the start of the text) stands before it. */
  blankBefore: boolean;
  /** Length of the opening dateline in the first line's text, 0 when none. */
  datelineLength: number;
  /** Byline names the unit carries (byline lines, credits, signatures). */
  names: string[];
  /** Page a jump line refers to. */
  jumpPage: number | null;
  /** Whether the jump line sends the reader on (下转, Continued on) or picks the story up (上接, Continued from). */
  jumpDirection: 'to' | 'from' | null;
  /** For furniture: what kind, and the page and section a page header names. */
  furniture: { kind: string; page: number | null; section: string | null } | null;
  /** True for an English deck (title-case lines under a headline). */
  deck: boolean;
  /** Why lines were joined or lifted out, for the item's reasons. */
  notes: string[];
  /** Line pairs (from, to) joined across a blank line, with how sure the join is. */
  joins: Array<{ fromLine: number; toLine: number; confidence: number }>;
}

const ZH_SENTENCE_END = /[。！？!?…；;]["”’』」）)]*$|[”」』]$/;
const EN_SENTENCE_END = /[.!?:;]["'”’)]*$/;

/** True when the text ends a sentence in the layout's language. */
export function endsSentence(text: string, layout: Layout): boolean {
  return (layout.language === 'zh' ? ZH_SENTENCE_END : EN_SENTENCE_END).test(text);
}

/** Joins a unit's lines into one string (Chinese without spaces, English with them). */
export function unitText(unit: Unit, language: 'zh' | 'en'): string {
  return unit.lines.map((line) => line.text).join(language === 'zh' ? '' : ' ');
}

type SpecialFields = Pick<Unit, 'kind' | 'names' | 'jumpPage' | 'furniture'> &
  Partial<Pick<Unit, 'jumpDirection'>>;

function classifySpecial(line: SourceLine): SpecialFields | null {
  const furniture = matchFurniture(line.folded);
  if (furniture) return { kind: 'furniture', names: [], jumpPage: null, furniture };
  const jump = matchJumpLine(line.folded);
  if (jump)
    return {
      kind: 'jump',
      names: [],
      jumpPage: jump.page,
      jumpDirection: jump.direction,
      furniture: null,
    };
  if (/^[（(]?[—–-]{1,3}\s*(?:编者|编\s*者)[）)]?$/.test(line.text)) {
    return { kind: 'signoff', names: [], jumpPage: null, furniture: null };
  }
  if (matchClosingDateline(line.folded) === 0)
    return { kind: 'signoff', names: [], jumpPage: null, furniture: null };
  const credit = matchCredit(line.text);
  if (credit?.index === 0)
    return { kind: 'credit', names: credit.names, jumpPage: null, furniture: null };
  const byline = matchBylineLine(line.text);
  if (byline) return { kind: 'byline', names: byline.names, jumpPage: null, furniture: null };
  return null;
}

function isTitleCase(text: string): boolean {
  const words = text.match(/[A-Za-z][A-Za-z'’]{2,}/g) ?? [];
  const significant = words.filter(
    (word) => !/^(?:the|and|for|with|from|into|but|not|are|was|has|its|his|her)$/i.test(word),
  );
  if (significant.length === 0) return false;
  const capitalised = significant.filter((word) => /^[A-Z]/.test(word)).length;
  return capitalised / significant.length >= 0.75;
}

/** True when the next line continues the previous one's paragraph (same block, no blank between). */
function continuesLine(previous: SourceLine, line: SourceLine, layout: Layout): boolean {
  if (layout.indentsParagraphs && line.indented) return false;
  if (layout.language === 'en') {
    const previousCaps = isCapitalLine(previous);
    if (previousCaps !== isCapitalLine(line)) return false;
    // Headline lines run on whatever their punctuation.
    if (previousCaps) return true;
    if (matchDateline(line.folded, 'en') > 0) return false;
    const shortLine = previous.width < layout.typicalWidth * 0.85;
    return !(shortLine && EN_SENTENCE_END.test(previous.text));
  }
  if (layout.columnWidth !== null) return previous.width >= layout.columnWidth - 1;
  // Long unwrapped lines: a line break inside a block continues a heading or a paragraph cut mid-sentence.
  if (ZH_SENTENCE_END.test(previous.text)) return false;
  return true;
}

/** True when a unit reads like a headline line rather than body text. */
function isHeadingLike(lines: SourceLine[], layout: Layout): boolean {
  const first = lines[0];
  if (!first) return false;
  if (layout.language === 'en') {
    return (
      lines.length <= 8 && lines.every((line) => line.text.length <= 60 && isCapitalLine(line))
    );
  }
  if (layout.indentsParagraphs && first.indented) return false;
  const text = lines.map((line) => line.text).join('');
  const compact = text.replace(/[\s\u3000]/g, '');
  if (lines.length > 4 || compact.length > 64 || compact.length < 2) return false;
  if (lines.some((line) => line.text.replace(/[\s\u3000]/g, '').length > 44)) return false;
  if (!/[\u3400-\u9fff]/.test(compact)) return false;
  if (/。/.test(compact)) return false;
  if (/[，、；：,;:]$/.test(compact)) return false;
  if (/[！？!?]$/.test(compact) && compact.length > 20) return false;
  return true;
}

function newUnit(lines: SourceLine[], blankBefore: boolean): Unit {
  return {
    kind: 'body',
    lines,
    blankBefore,
    datelineLength: 0,
    names: [],
    jumpPage: null,
    jumpDirection: null,
    furniture: null,
    deck: false,
    notes: [],
    joins: [],
  };
}

/** Groups the lines into units and says what each one is. */
export function buildUnits(lines: readonly SourceLine[], layout: Layout): Unit[] {
  const units: Unit[] = [];
  let current: Unit | null = null;
  let blankSeen = true;
  let previous: SourceLine | null = null;
  for (const line of lines) {
    if (line.blank) {
      blankSeen = true;
      continue;
    }
    const special = classifySpecial(line);
    const joinsPrevious =
      current !== null &&
      !blankSeen &&
      previous !== null &&
      current.kind === 'body' &&
      // A full column line runs on even into what looks like a credit or byline (…（郭红 / 摄）).
      (special === null ||
        (layout.columnWidth !== null &&
          previous.width >= layout.columnWidth - 1 &&
          !line.indented)) &&
      continuesLine(previous, line, layout);
    if (joinsPrevious && current) {
      current.lines.push(line);
    } else {
      current = newUnit([line], blankSeen);
      if (special) Object.assign(current, special);
      units.push(current);
    }
    blankSeen = false;
    previous = line;
  }
  for (const unit of units) classifyUnit(unit, layout);
  markEnglishDecks(units, layout);
  return units;
}

function classifyUnit(unit: Unit, layout: Layout): void {
  if (unit.kind !== 'body') return;
  const first = unit.lines[0];
  if (!first) return;
  unit.datelineLength = matchDateline(first.folded, layout.language);
  if (unit.datelineLength > 0) {
    const rest = first.text
      .slice(unit.datelineLength)
      .replace(/^[\s\u3000]*[（(][^）)]*[）)]/, '')
      .trim();
    if (rest.length === 0 && unit.lines.length === 1) unit.kind = 'dateline';
    return;
  }
  if (isHeadingLike(unit.lines, layout)) unit.kind = 'heading';
}

function markEnglishDecks(units: Unit[], layout: Layout): void {
  if (layout.language !== 'en') return;
  for (let i = 1; i < units.length; i++) {
    const unit = units[i];
    const before = units[i - 1];
    if (!unit || !before || unit.kind !== 'body' || unit.blankBefore) continue;
    if (before.kind !== 'heading') continue;
    if (
      unit.lines.length <= 4 &&
      unit.lines.every((line) => isTitleCase(line.text) && line.text.length <= 45)
    ) {
      unit.kind = 'heading';
      unit.deck = true;
    }
  }
}

/**
 * Joins paragraphs cut by a column break (…严 / 查工地…) and lifts out a slogan printed across a
 * column (…在 / 践行社会主义核心价值观 / 传播了…), which becomes furniture.
 */
export function mendColumnBreaks(units: Unit[], layout: Layout): Unit[] {
  const result: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (!unit) continue;
    const last = result[result.length - 1];
    if (last?.kind === 'body' && unit.kind === 'body' && continuesAcrossBreak(last, unit, layout)) {
      const fromLine = last.lines[last.lines.length - 1]?.number ?? 0;
      const toLine = unit.lines[0]?.number ?? 0;
      const sure = !endsSentence(last.lines[last.lines.length - 1]?.text ?? '', layout);
      last.joins.push({ fromLine, toLine, confidence: sure ? 0.9 : 0.6 });
      last.notes.push(
        `paragraph continues from line ${fromLine} to line ${toLine} across a column break`,
      );
      last.lines.push(...unit.lines);
      continue;
    }
    const after = units[i + 1];
    if (
      layout.language === 'zh' &&
      last?.kind === 'body' &&
      unit.kind === 'heading' &&
      unit.lines.length === 1 &&
      (unit.lines[0]?.text.length ?? 0) <= 20 &&
      after?.kind === 'body' &&
      !endsSentence(last.lines[last.lines.length - 1]?.text ?? '', layout) &&
      !endsWithSignOff(unitText(last, layout.language)) &&
      continuesAcrossBreak(last, after, layout)
    ) {
      const sloganLine = unit.lines[0]?.number ?? 0;
      unit.kind = 'furniture';
      unit.furniture = { kind: 'slogan', page: null, section: null };
      unit.notes.push(
        `line ${sloganLine} is printed across the column inside a sentence: a slogan, not part of the text`,
      );
      result.push(unit);
      const fromLine = last.lines[last.lines.length - 1]?.number ?? 0;
      const toLine = after.lines[0]?.number ?? 0;
      last.joins.push({ fromLine, toLine, confidence: 0.8 });
      last.notes.push(
        `paragraph continues from line ${fromLine} to line ${toLine} around the slogan on line ${sloganLine}`,
      );
      last.lines.push(...after.lines);
      i++;
      continue;
    }
    result.push(unit);
  }
  return result;
}

function continuesAcrossBreak(before: Unit, after: Unit, layout: Layout): boolean {
  const lastLine = before.lines[before.lines.length - 1];
  const firstLine = after.lines[0];
  if (!lastLine || !firstLine || after.datelineLength > 0) return false;
  if (layout.language === 'en') {
    return !EN_SENTENCE_END.test(lastLine.text) && /^[a-z]/.test(firstLine.text);
  }
  if (layout.indentsParagraphs) {
    // Paragraphs open indented: an unindented body run after a blank is the rest of a paragraph.
    return !firstLine.indented;
  }
  if (endsSentence(lastLine.text, layout) || /[：:]$/.test(lastLine.text)) return false;
  if (endsWithSignOff(unitText(before, layout.language))) return false;
  return lastLine.text.length > 20;
}
