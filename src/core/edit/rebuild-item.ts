import type { Item, ItemKind, Language, LineRole, Paragraph } from '../analysis-types.ts';
import {
  joinEnglishLines,
  ZH_CONTINUES_AFTER,
  ZH_CONTINUES_BEFORE,
} from '../segment/build-item.ts';
import {
  matchBylineLine,
  matchCredit,
  matchDateline,
  matchDatelineBylines,
  matchJumpLine,
  matchTrailingSignature,
} from '../segment/line-patterns.ts';
import { foldFullWidth } from '../segment/read-source-lines.ts';

/** What a person decided about an item: its kind, its lines and the role of each line. */
export interface ItemShape {
  /** The item's kind. */
  kind: ItemKind;
  /** Its non-blank 1-based source lines. */
  lines: number[];
  /** Role of each line; a line without one is body text. */
  roles: Record<number, LineRole>;
  /** Paragraph groupings to keep where all their lines are still body lines of the item. */
  paragraphs?: Paragraph[];
  /** Carried over unchanged. */
  confidence?: number;
  /** Carried over unchanged. */
  reasons?: string[];
  /** Page of the item. */
  page?: number;
  /** Section of the page. */
  pageSection?: string | null;
}

const BODY_ROLES = new Set<LineRole>(['body', 'dateline']);

/** Rebuilds an item's fields (headline, bylines, paragraphs…) from its lines and their roles. */
export function rebuildItem(
  sourceLines: readonly string[],
  shape: ItemShape,
  language: Language,
): Item {
  const lines = [...new Set(shape.lines)].sort((a, b) => a - b);
  const roles: Record<number, LineRole> = {};
  for (const line of lines) roles[line] = shape.roles[line] ?? 'body';
  const textOf = (line: number) => (sourceLines[line - 1] ?? '').replace(/[\f\r]/g, '').trim();
  const join = (texts: string[]) => (language === 'zh' ? texts.join('') : joinEnglishLines(texts));
  const runsOf = (role: LineRole): number[][] => {
    const runs: number[][] = [];
    let previousIndex = -2;
    lines.forEach((line, index) => {
      if (roles[line] !== role) return;
      if (index === previousIndex + 1 && runs.length > 0) runs[runs.length - 1]?.push(line);
      else runs.push([line]);
      previousIndex = index;
    });
    return runs;
  };
  const joinedRole = (role: LineRole): string | null => {
    const texts = lines.filter((line) => roles[line] === role).map(textOf);
    return texts.length > 0 ? join(texts) : null;
  };

  const bylines: string[] = [];
  let dateline: string | null = null;
  for (const line of lines) {
    const text = textOf(line);
    const role = roles[line];
    if (role === 'byline') bylines.push(...(matchBylineLine(text)?.names ?? bareNames(text)));
    if (role === 'credit' && shape.kind === 'photo')
      bylines.push(...(matchCredit(text)?.names ?? []));
    if (role === 'dateline' && dateline === null) {
      const folded = foldFullWidth(text);
      const length = matchDateline(folded, language);
      if (length > 0) {
        dateline = text.slice(0, length).replace(/[\s\u3000,，—–-]+$/, '');
        if (language === 'zh') bylines.push(...matchDatelineBylines(folded.slice(length)));
      }
    }
  }

  const paragraphs: Paragraph[] = [];
  if (shape.kind === 'article') {
    const bodyLines = lines.filter((line) => BODY_ROLES.has(roles[line] ?? 'body'));
    const kept = (shape.paragraphs ?? []).filter((paragraph) =>
      paragraph.lines.every((line) => bodyLines.includes(line)),
    );
    const placed = new Set(kept.flatMap((paragraph) => paragraph.lines));
    const groups: number[][] = kept.map((paragraph) => paragraph.lines);
    let pendingDateline: number[] = [];
    for (const line of bodyLines) {
      if (placed.has(line)) continue;
      // A dateline standing alone opens the paragraph that follows it.
      if (roles[line] === 'dateline' && isStandaloneDateline(textOf(line), language)) {
        pendingDateline.push(line);
        continue;
      }
      groups.push([...pendingDateline, line]);
      pendingDateline = [];
    }
    if (pendingDateline.length > 0) groups.push(pendingDateline);
    groups.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
    for (const group of groups) paragraphs.push({ lines: group, text: join(group.map(textOf)) });
    const last = paragraphs[paragraphs.length - 1];
    const signature = language === 'zh' && last ? matchTrailingSignature(last.text) : null;
    if (signature) bylines.push(...signature.names);
  }

  const subtitles = runsOf('subtitle')
    .flatMap((run) => splitHeadingRun(run.map(textOf), language))
    .map((text) => text.replace(/^(?:——|—|●|·)\s*/, ''));
  const jumpLine = lines.find((line) => roles[line] === 'jump');
  const jump = jumpLine !== undefined ? matchJumpLine(foldFullWidth(textOf(jumpLine))) : null;
  const captionLines = lines.filter(
    (line) => roles[line] === 'caption' || (shape.kind === 'photo' && roles[line] === 'body'),
  );
  return {
    kind: shape.kind,
    startLine: lines[0] ?? 1,
    endLine: lines[lines.length - 1] ?? 1,
    lines,
    confidence: shape.confidence ?? 1,
    reasons: shape.reasons ?? [],
    headline: shape.kind === 'furniture' ? null : joinedRole('headline'),
    kicker: joinedRole('kicker'),
    subtitles,
    section: joinedRole('section'),
    dateline,
    bylines: shape.kind === 'furniture' ? [] : [...new Set(bylines)],
    paragraphs,
    crossheads: lines.filter((line) => roles[line] === 'crosshead'),
    jumpPage: jump?.page ?? null,
    caption:
      shape.kind === 'photo' && captionLines.length > 0 ? join(captionLines.map(textOf)) : null,
    page: shape.page ?? 1,
    pageSection: shape.pageSection ?? null,
    roles,
  };
}

// A byline line retagged by hand may be a bare name (李吉) or a padded one (张 慧).
function bareNames(text: string): string[] {
  const compact = text.replace(/[\s\u3000（）()]/g, '');
  return compact.length > 0 && compact.length <= 12 ? [compact] : [];
}

function isStandaloneDateline(text: string, language: Language): boolean {
  const length = matchDateline(foldFullWidth(text), language);
  if (length === 0) return false;
  return (
    text
      .slice(length)
      .replace(/^[\s\u3000]*[（(][^）)]*[）)]/, '')
      .trim().length === 0
  );
}

// Consecutive subtitle lines are one subtitle when the first runs on (、) or the next joins it (并…).
function splitHeadingRun(texts: string[], language: Language): string[] {
  if (language === 'en') return [joinEnglishLines(texts)];
  const entries: string[] = [];
  for (const text of texts) {
    const last = entries[entries.length - 1];
    if (last !== undefined && (ZH_CONTINUES_AFTER.test(last) || ZH_CONTINUES_BEFORE.test(text))) {
      entries[entries.length - 1] = last + text;
    } else entries.push(text);
  }
  return entries;
}
