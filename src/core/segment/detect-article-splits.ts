/**
 * Split policy: how units become articles, teasers, photos and furniture, and how sure each
 * split is. A headline group opens an article unless it is a crosshead inside one, a teaser
 * (a jump line follows), or the headline of the body before it, printed after that body. A
 * dateline opens an article unless a headline group is still waiting for its text. A closing
 * byline or dateline ends an article. Where blank lines mark articles (column text), a blank
 * line after a finished paragraph opens one too. Every decision leaves a reason.
 */
import type { ItemKind } from '../analysis-types.ts';
import type { Layout } from './detect-layout.ts';
import { endsSentence, unitText, type Unit } from './build-units.ts';
import { matchClosingDateline, matchCredit, matchTrailingSignature } from './line-patterns.ts';

/** An item before its fields are filled in: its units, kind, reasons and confidence. */
export interface ItemDraft {
  /** What the item is. */
  kind: ItemKind;
  /** The units that make it up, in source order. */
  units: Unit[];
  /** Units of the headline group (kicker, section, headline, subtitles), wherever they stand. */
  headingUnits: Unit[];
  /** Units that are crossheads inside the body. */
  crossheadUnits: Unit[];
  /** Why the item was split here. */
  reasons: string[];
  /** How sure the split is, 0..1. */
  confidence: number;
  /** True once body text has been added. */
  hasBody: boolean;
  /** True once a closing byline or dateline has ended the item. */
  closed: boolean;
  /** True when the item opened with a dateline. */
  hasDateline: boolean;
}

const CROSSHEAD_PATTERN =
  /^(?:[\u3400-\u9fff]{2,12}——[\u3400-\u9fff]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[部章节]|\d{1,2}[.、．]\s*\S)/;

function lineRef(unit: Unit): number {
  return unit.lines[0]?.number ?? 0;
}

function newDraft(kind: ItemKind, reasons: string[], confidence: number): ItemDraft {
  return {
    kind,
    units: [],
    headingUnits: [],
    crossheadUnits: [],
    reasons,
    confidence,
    hasBody: false,
    closed: false,
    hasDateline: false,
  };
}

function bigrams(text: string): string[] {
  const compact = text.replace(/[^\u3400-\u9fffA-Za-z0-9]/g, '');
  const result: string[] = [];
  for (let i = 0; i + 1 < compact.length; i++) result.push(compact.slice(i, i + 2));
  return result;
}

/** Share of a headline's character pairs (zh) or words (en) found in the opening of a body. */
export function headlineOverlap(headline: string, body: string, language: 'zh' | 'en'): number {
  if (language === 'en') {
    const words = (headline.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter(
      (word) => word !== 'from' && word !== 'with',
    );
    if (words.length === 0) return 0;
    const lowerBody = body.toLowerCase();
    return words.filter((word) => lowerBody.includes(word)).length / words.length;
  }
  const pairs = bigrams(headline);
  if (pairs.length === 0) return 0;
  const opening = body.slice(0, 400);
  return pairs.filter((pair) => opening.includes(pair)).length / pairs.length;
}

function draftBodyText(draft: ItemDraft, language: 'zh' | 'en'): string {
  return draft.units
    .filter((unit) => unit.kind === 'body' || unit.kind === 'dateline')
    .map((unit) => unitText(unit, language))
    .join(language === 'zh' ? '' : ' ');
}

/** Places units into item drafts. */
export function detectArticleSplits(units: readonly Unit[], layout: Layout): ItemDraft[] {
  const drafts: ItemDraft[] = [];
  const language = layout.language;
  let current: ItemDraft | null = null;

  const open = (draft: ItemDraft): ItemDraft => {
    drafts.push(draft);
    current = draft;
    return draft;
  };
  const nextContentUnit = (from: number): Unit | undefined => {
    for (let j = from; j < units.length; j++) {
      const unit = units[j];
      if (unit && unit.kind !== 'furniture') return unit;
    }
    return undefined;
  };

  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (!unit) continue;
    const cur = current as ItemDraft | null;
    switch (unit.kind) {
      case 'furniture': {
        const label =
          unit.furniture?.kind === 'slogan'
            ? 'slogan printed across the column'
            : describeFurniture(unit);
        const draft = newDraft(
          'furniture',
          [label, ...unit.notes],
          unit.furniture?.kind === 'slogan' ? 0.7 : 0.9,
        );
        draft.units.push(unit);
        draft.closed = true;
        drafts.push(draft);
        break;
      }
      case 'heading': {
        const group: Unit[] = [unit];
        let j = i + 1;
        while (j < units.length) {
          const candidate = units[j];
          if (candidate?.kind !== 'heading') break;
          if (candidate.blankBefore && !layout.blankBetweenParagraphs && !candidate.deck) break;
          group.push(candidate);
          j++;
        }
        const next = nextContentUnit(j);
        i = j - 1;
        placeHeadingGroup(group, next, cur);
        break;
      }
      case 'dateline':
      case 'body': {
        const hasDateline = unit.datelineLength > 0;
        const datelineText = hasDateline
          ? (unit.lines[0]?.text.slice(0, unit.datelineLength) ?? '')
          : '';
        if (cur && !cur.closed && !cur.hasBody && !(hasDateline && cur.hasDateline)) {
          if (hasDateline) {
            cur.hasDateline = true;
            cur.reasons.push(`dateline ${datelineText} opens line ${lineRef(unit)}`);
            cur.confidence = Math.min(0.97, cur.confidence + 0.1);
          }
        } else if (hasDateline) {
          open(
            newDraft('article', [`dateline ${datelineText} opens line ${lineRef(unit)}`], 0.8),
          ).hasDateline = true;
        } else if (!cur || cur.closed) {
          const after = cur?.closed
            ? 'after the end of the item before'
            : 'at the start of the text';
          open(
            newDraft(
              'article',
              [`text with no headline ${after} (line ${lineRef(unit)})`],
              cur ? 0.6 : 0.5,
            ),
          );
        } else if (opensByBlankLine(unit, cur, layout)) {
          open(
            newDraft(
              'article',
              [
                `blank line after a finished paragraph, then a new paragraph on line ${lineRef(unit)}`,
              ],
              0.5,
            ),
          );
        }
        const target = current as ItemDraft | null;
        if (!target) break;
        target.units.push(unit);
        target.hasBody = unit.kind === 'body' || target.hasBody;
        target.reasons.push(...unit.notes);
        const text = unitText(unit, language);
        if (matchClosingDateline(text) >= 0) {
          target.closed = true;
          target.reasons.push(
            `closing dateline ends it on line ${unit.lines[unit.lines.length - 1]?.number ?? 0}`,
          );
        } else if (language === 'zh' && matchTrailingSignature(text)) {
          target.closed = true;
          target.reasons.push(
            `closing signature ends it on line ${unit.lines[unit.lines.length - 1]?.number ?? 0}`,
          );
        }
        break;
      }
      case 'byline': {
        const englishOpening = language === 'en' && unit.blankBefore && cur?.hasBody === true;
        if (
          !cur ||
          englishOpening ||
          (cur.closed && !layout.blankBetweenParagraphs && unit.blankBefore)
        ) {
          open(
            newDraft(
              'article',
              [`byline ${unit.lines[0]?.text ?? ''} opens line ${lineRef(unit)}`],
              0.7,
            ),
          ).units.push(unit);
          break;
        }
        cur.units.push(unit);
        // English bylines stand at the top; only a Chinese closing byline ends an article.
        if (cur.hasBody && language === 'zh') {
          cur.closed = true;
          cur.reasons.push(`closing byline on line ${lineRef(unit)}`);
        }
        break;
      }
      case 'signoff': {
        if (!cur) {
          open(newDraft('article', [`sign-off on line ${lineRef(unit)}`], 0.4));
        }
        const target = current as ItemDraft | null;
        if (!target) break;
        target.units.push(unit);
        target.closed = true;
        target.reasons.push(`sign-off ends it on line ${lineRef(unit)}`);
        break;
      }
      case 'credit':
      case 'jump': {
        if (unit.jumpDirection === 'from' && (!cur || cur.closed || cur.hasBody)) {
          const draft = open(
            newDraft(
              'article',
              [`continued from page ${unit.jumpPage ?? '?'} (line ${lineRef(unit)})`],
              0.8,
            ),
          );
          draft.units.push(unit);
          break;
        }
        if (!cur) {
          const draft = newDraft('furniture', [`${unit.kind} line with nothing to belong to`], 0.4);
          draft.units.push(unit);
          draft.closed = true;
          drafts.push(draft);
          break;
        }
        cur.units.push(unit);
        if (unit.kind === 'jump' && !cur.hasBody) cur.closed = true;
        break;
      }
    }
  }
  return drafts.map(finishDraft);

  function placeHeadingGroup(group: Unit[], next: Unit | undefined, cur: ItemDraft | null): void {
    const groupText = (units: Unit[]) => units.map((unit) => unitText(unit, language)).join(' ');
    const nextIsText =
      next !== undefined &&
      (next.kind === 'body' || next.kind === 'dateline' || next.kind === 'byline');
    const nextOpensWithDateline = next !== undefined && next.datelineLength > 0;
    // A crosshead: one short heading inside an article that is still running, not followed by a dateline.
    const only = group.length === 1 ? group[0] : undefined;
    if (
      cur?.kind === 'article' &&
      !cur.closed &&
      cur.hasBody &&
      only &&
      !nextOpensWithDateline &&
      next?.kind === 'body'
    ) {
      // Where blank lines mark articles, a heading after a blank line opens one unless its form says otherwise.
      const blankSeparates = only.blankBefore && !layout.blankBetweenParagraphs;
      const patterned = isCrosshead(only, language);
      const englishSubhead = language === 'en' && only.lines.length === 1 && !only.blankBefore;
      const likeEarlierOnes =
        !blankSeparates && cur.crossheadUnits.length > 0 && unitText(only, language).length <= 24;
      if (patterned || englishSubhead || likeEarlierOnes) {
        cur.units.push(only);
        cur.crossheadUnits.push(only);
        cur.reasons.push(`crosshead on line ${lineRef(only)}`);
        return;
      }
    }
    // The headline of the body before it, printed after that body.
    let rest = group;
    if (cur?.kind === 'article' && cur.hasBody && cur.headingUnits.length === 0) {
      const body = draftBodyText(cur, language);
      const maxPrefix = nextIsText || next?.kind === 'jump' ? group.length - 1 : group.length;
      let best = 0;
      let bestScore = 0;
      for (let k = 1; k <= maxPrefix; k++) {
        // A deck stays with the headline above it.
        if (group[k]?.deck === true) continue;
        const score = headlineOverlap(groupText(group.slice(0, k)), body, language);
        if (score > bestScore + 0.05) {
          best = k;
          bestScore = score;
        }
      }
      const threshold = nextIsText ? 0.3 : 0;
      if (best === 0 && maxPrefix === group.length && !nextIsText) best = group.length;
      if (best > 0 && bestScore >= threshold) {
        const attached = group.slice(0, best);
        cur.units.push(...attached);
        cur.headingUnits.push(...attached);
        cur.closed = true;
        cur.reasons.push(
          `headline on line ${lineRef(attached[0] as Unit)} printed after its body (${Math.round(bestScore * 100)}% of its words appear in the body's opening)`,
        );
        cur.confidence = Math.min(cur.confidence, 0.55 + 0.4 * bestScore);
        rest = group.slice(best);
        if (rest.length === 0) return;
      }
    }
    const first = rest[0] as Unit;
    if (next?.kind === 'jump') {
      const draft = open(
        newDraft(
          'teaser',
          [
            `headline on line ${lineRef(first)} followed by the jump line on line ${lineRef(next)} and no body`,
          ],
          0.9,
        ),
      );
      draft.units.push(...rest);
      draft.headingUnits.push(...rest);
      return;
    }
    const reasons = [`headline group opens line ${lineRef(first)}`];
    let confidence = 0.75;
    if (nextOpensWithDateline) {
      reasons.push('a dateline follows the headline');
      confidence = 0.95;
    } else if (next?.kind === 'byline') {
      reasons.push('a byline follows the headline');
      confidence = 0.9;
    } else if (cur?.closed) {
      reasons.push('the item before it has ended');
      confidence = 0.85;
    } else if (first.blankBefore && !layout.blankBetweenParagraphs) {
      reasons.push('a blank line stands before it');
      confidence = 0.85;
    }
    if (rest.length > 1) confidence = Math.min(0.97, confidence + 0.05);
    const draft = open(newDraft('article', reasons, confidence));
    draft.units.push(...rest);
    draft.headingUnits.push(...rest);
  }
}

function isCrosshead(unit: Unit | undefined, language: 'zh' | 'en'): boolean {
  if (!unit || unit.lines.length !== 1) return false;
  const text = unitText(unit, language);
  return CROSSHEAD_PATTERN.test(text) && text.length <= 30;
}

function opensByBlankLine(unit: Unit, cur: ItemDraft, layout: Layout): boolean {
  if (layout.blankBetweenParagraphs || !unit.blankBefore || !cur.hasBody) return false;
  const previous = [...cur.units].reverse().find((candidate) => candidate.kind === 'body');
  const lastLine = previous?.lines[previous.lines.length - 1];
  if (!lastLine || !endsSentence(lastLine.text, layout)) return false;
  const first = unit.lines[0];
  if (!first) return false;
  if (layout.language === 'en') return /^["'“‘(]?[A-Z0-9]/.test(first.text);
  return !layout.indentsParagraphs || first.indented;
}

function describeFurniture(unit: Unit): string {
  const line = lineRef(unit);
  switch (unit.furniture?.kind) {
    case 'page-header':
      return `page header on line ${line}`;
    case 'page-number':
      return `page number on line ${line}`;
    case 'rule':
      return `rule on line ${line}`;
    case 'editor':
      return `editor line on line ${line}`;
    default:
      return `page furniture on line ${line}`;
  }
}

/** Decides photo units: a caption ending in a photo credit, with nothing after the credit. */
function finishDraft(draft: ItemDraft): ItemDraft {
  if (draft.kind !== 'article' || draft.hasDateline) return draft;
  const content = draft.units.filter((unit) => !draft.headingUnits.includes(unit));
  const last = content[content.length - 1];
  if (!last) return draft;
  const bodies = content.filter((unit) => unit.kind === 'body');
  const endsWithCredit =
    last.kind === 'credit' ||
    (last.kind === 'body' && matchCredit(last.lines.map((line) => line.text).join('')) !== null);
  if (
    endsWithCredit &&
    bodies.length <= 2 &&
    content.every((unit) => unit.kind === 'body' || unit.kind === 'credit')
  ) {
    draft.kind = 'photo';
    draft.reasons.push(
      `photo caption ending in a credit on line ${last.lines[last.lines.length - 1]?.number ?? 0}`,
    );
    draft.confidence = Math.max(draft.confidence, 0.85);
  }
  return draft;
}
