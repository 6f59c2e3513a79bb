import type { Item, LineRole, Paragraph } from '../analysis-types.ts';
import type { Layout } from './detect-layout.ts';
import { unitText, type Unit } from './build-units.ts';
import type { ItemDraft } from './detect-article-splits.ts';
import {
  isCapitalLine,
  matchCredit,
  matchDatelineBylines,
  matchTrailingSignature,
} from './line-patterns.ts';
import type { SourceLine } from './read-source-lines.ts';

/** Fields of a headline group. */
export interface HeadlineGroup {
  /** Main headline. */
  headline: string | null;
  /** Kicker above it. */
  kicker: string | null;
  /** Column or section label. */
  section: string | null;
  /** Subtitles and decks. */
  subtitles: string[];
  /** Names printed on a line of their own under the headline (李吉). */
  bylines: string[];
  /** Role of each line of the group. */
  roles: Map<number, LineRole>;
}

interface HeadingEntry {
  text: string;
  lines: SourceLine[];
}

/** A headline line ending like this runs on into the next line. */
export const ZH_CONTINUES_AFTER = /[、，,：:—–\-·（(“「『《]$/;
/** A headline line opening like this joins the line before it. */
export const ZH_CONTINUES_BEFORE = /^[并及和与暨且而以、，）)”」』》]/;

/** Reads kicker, section, headline and subtitles off the lines of a headline group. */
export function readHeadlineGroup(units: Unit[], layout: Layout): HeadlineGroup {
  const lines = units.flatMap((unit) => unit.lines);
  const roles = new Map<number, LineRole>();
  if (layout.language === 'en') return readEnglishHeadlineGroup(units, roles);
  const entries: HeadingEntry[] = [];
  let previous: SourceLine | null = null;
  for (const line of lines) {
    const last = entries[entries.length - 1];
    const wrapped =
      layout.columnWidth !== null && previous !== null && previous.width >= layout.columnWidth - 1;
    if (
      last &&
      (wrapped || ZH_CONTINUES_AFTER.test(last.text) || ZH_CONTINUES_BEFORE.test(line.text))
    ) {
      last.text += line.text;
      last.lines.push(line);
    } else entries.push({ text: line.text, lines: [line] });
    previous = line;
  }
  let section: string | null = null;
  let kicker: string | null = null;
  const first = entries[0];
  if (first && entries.length > 1) {
    const compact = first.text.replace(/[\s\u3000]/g, '');
    if (
      /^【[^】]{1,12}】$/.test(first.text) ||
      (compact.length <= 8 && /[\s\u3000]/.test(first.text))
    ) {
      section = first.text;
      first.lines.forEach((line) => roles.set(line.number, 'section'));
      entries.shift();
    } else if (/^【[^】]{1,12}】./.test(first.text)) {
      kicker = first.text;
      first.lines.forEach((line) => roles.set(line.number, 'kicker'));
      entries.shift();
    }
  }
  const bylines: string[] = [];
  const lastEntry = entries[entries.length - 1];
  // A bare two- or three-character name closing the group is the reporter's byline.
  if (
    lastEntry &&
    entries.length >= 2 &&
    /^[\u3400-\u9fff](?:[\s\u3000]?[\u3400-\u9fff]){1,2}$/.test(lastEntry.text)
  ) {
    bylines.push(lastEntry.text.replace(/[\s\u3000]/g, ''));
    lastEntry.lines.forEach((line) => roles.set(line.number, 'byline'));
    entries.pop();
  }
  let headline: string | null = null;
  const subtitles: string[] = [];
  for (const entry of entries) {
    const isSubtitleMark = /^(?:——|—|●|·|－－)/.test(entry.text);
    if (headline === null && !isSubtitleMark) {
      headline = entry.text;
      entry.lines.forEach((line) => roles.set(line.number, 'headline'));
    } else {
      subtitles.push(entry.text.replace(/^(?:——|—|●|·|－－)\s*/, ''));
      entry.lines.forEach((line) => roles.set(line.number, 'subtitle'));
    }
  }
  if (headline === null && subtitles.length > 0) {
    headline = subtitles.shift() ?? null;
    const headlineEntry = entries[0];
    headlineEntry?.lines.forEach((line) => roles.set(line.number, 'headline'));
  }
  return { headline, kicker, section, subtitles, bylines, roles };
}

function readEnglishHeadlineGroup(units: Unit[], roles: Map<number, LineRole>): HeadlineGroup {
  const headlineLines: string[] = [];
  const subtitles: string[] = [];
  let headlineDone = false;
  for (const unit of units) {
    const deckLines: string[] = [];
    for (const line of unit.lines) {
      if (!headlineDone && !unit.deck && isCapitalLine(line)) {
        headlineLines.push(line.text);
        roles.set(line.number, 'headline');
        if (/[.?!]["'”’]?$/.test(line.text)) headlineDone = true;
      } else {
        headlineDone = headlineLines.length > 0;
        deckLines.push(line.text);
        roles.set(line.number, 'subtitle');
      }
    }
    if (deckLines.length > 0) subtitles.push(joinEnglishLines(deckLines));
  }
  const headline =
    headlineLines.length > 0 ? joinEnglishLines(headlineLines) : (subtitles.shift() ?? null);
  return { headline, kicker: null, section: null, subtitles, bylines: [], roles };
}

/** Joins English lines with spaces, closing end-of-line hyphens (guard- / ing → guarding). */
export function joinEnglishLines(
  lines: string[],
  keepHyphen?: (joined: string, hyphenated: string) => boolean,
): string {
  let text = '';
  for (const line of lines) {
    if (text.length === 0) {
      text = line;
      continue;
    }
    const nextWord = text.endsWith('-') ? /^[a-z]+/.exec(line)?.[0] : undefined;
    const head = nextWord ? trailingWord(text) : '';
    if (nextWord && head.length > 0) {
      const keep = keepHyphen?.(head + nextWord, `${head}-${nextWord}`) ?? false;
      text = keep ? text + line : text.slice(0, -1) + line;
    } else text += ` ${line}`;
  }
  return text;
}

// The letters just before a closing hyphen ("guard-" → "guard"), scanned back without a regex.
function trailingWord(text: string): string {
  let start = text.length - 1;
  while (start > 0) {
    const code = text.charCodeAt(start - 1);
    if (!((code >= 65 && code <= 90) || (code >= 97 && code <= 122))) break;
    start--;
  }
  return text.slice(start, text.length - 1);
}

/** Turns a draft into the item the analysis reports. */
export function buildItem(
  draft: ItemDraft,
  layout: Layout,
  pageOf: (line: number) => { number: number; section: string | null },
  keepHyphen: (joined: string, hyphenated: string) => boolean,
): Item {
  const language = layout.language;
  const roles: Record<number, LineRole> = {};
  const allLines = draft.units.flatMap((unit) => unit.lines).sort((a, b) => a.number - b.number);
  const numbers = allLines.map((line) => line.number);
  const group =
    draft.headingUnits.length > 0 ? readHeadlineGroup(draft.headingUnits, layout) : null;
  group?.roles.forEach((role, line) => (roles[line] = role));

  let dateline: string | null = null;
  const bylines: string[] = [...(group?.bylines ?? [])];
  const paragraphs: Paragraph[] = [];
  const crossheads: number[] = [];
  let jumpPage: number | null = null;
  let pendingLines: SourceLine[] = [];
  const captionParts: string[] = [];

  const joinText = (lines: SourceLine[]): string =>
    language === 'zh'
      ? lines.map((line) => line.text).join('')
      : joinEnglishLines(
          lines.map((line) => line.text),
          keepHyphen,
        );

  for (const unit of draft.units) {
    if (draft.headingUnits.includes(unit)) continue;
    const setRole = (role: LineRole) => {
      unit.lines.forEach((line) => (roles[line.number] = role));
    };
    switch (unit.kind) {
      case 'dateline':
      case 'body': {
        if (draft.crossheadUnits.includes(unit)) break;
        if (unit.datelineLength > 0 && dateline === null) {
          const first = unit.lines[0];
          if (first) {
            dateline = first.text.slice(0, unit.datelineLength).replace(/[\s\u3000,，—–-]+$/, '');
            // The reporter's name may run over the line end in column text.
            const opening = unit.lines.map((line) => line.folded).join('');
            if (language === 'zh')
              bylines.push(...matchDatelineBylines(opening.slice(unit.datelineLength)));
          }
        }
        if (unit.kind === 'dateline') {
          // A dateline standing alone opens the paragraph that follows it.
          setRole('dateline');
          pendingLines = [...pendingLines, ...unit.lines];
          break;
        }
        setRole('body');
        if (unit.datelineLength > 0) {
          const first = unit.lines[0];
          if (first) roles[first.number] = 'dateline';
        }
        const lines = [...pendingLines, ...unit.lines];
        pendingLines = [];
        const text = joinText(lines);
        if (draft.kind === 'photo') {
          captionParts.push(text);
          lines.forEach((line) => (roles[line.number] = 'caption'));
          const credit = matchCredit(text);
          if (credit) bylines.push(...credit.names);
          break;
        }
        paragraphs.push({ lines: lines.map((line) => line.number), text });
        break;
      }
      case 'byline':
        setRole('byline');
        bylines.push(...unit.names);
        break;
      case 'credit':
        setRole('credit');
        if (draft.kind === 'photo') bylines.push(...unit.names);
        break;
      case 'signoff':
        setRole('byline');
        break;
      case 'jump':
        setRole('jump');
        jumpPage = unit.jumpPage;
        break;
      case 'heading':
        break;
      case 'furniture':
        setRole('furniture');
        break;
    }
  }
  if (pendingLines.length > 0) {
    paragraphs.push({
      lines: pendingLines.map((line) => line.number),
      text: joinText(pendingLines),
    });
  }
  for (const unit of draft.crossheadUnits) {
    unit.lines.forEach((line) => {
      roles[line.number] = 'crosshead';
      crossheads.push(line.number);
    });
  }
  if (language === 'zh' && draft.kind === 'article') {
    const lastParagraph = paragraphs[paragraphs.length - 1];
    const signature = lastParagraph ? matchTrailingSignature(lastParagraph.text) : null;
    if (signature) bylines.push(...signature.names);
  }
  const first = allLines[0];
  const page = pageOf(first?.number ?? 1);
  const unique = [...new Set(bylines)];
  return {
    kind: draft.kind,
    startLine: first?.number ?? 1,
    endLine: allLines[allLines.length - 1]?.number ?? 1,
    lines: numbers,
    confidence: Math.round(draft.confidence * 100) / 100,
    reasons: draft.reasons,
    headline: draft.kind === 'furniture' ? null : (group?.headline ?? null),
    kicker: group?.kicker ?? null,
    subtitles: group?.subtitles ?? [],
    section: group?.section ?? null,
    dateline,
    bylines: draft.kind === 'furniture' ? [] : unique,
    paragraphs: draft.kind === 'photo' || draft.kind === 'furniture' ? [] : paragraphs,
    crossheads,
    jumpPage,
    caption:
      draft.kind === 'photo' ? captionParts.join(language === 'zh' ? '' : ' ') || null : null,
    page: page.number,
    pageSection: page.section,
    roles,
  };
}

/** Joins a unit's text; exported for tests. */
export { unitText };
