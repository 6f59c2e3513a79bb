import type { Item, PageInfo } from '../../core/analysis-types.ts';
import { matchJumpLine } from '../../core/segment/line-patterns.ts';
import { foldFullWidth } from '../../core/segment/read-source-lines.ts';

/** An item as the jump matcher sees it: its split and its (corrected) title fields. */
export interface JumpItem {
  /** The item's id. */
  id: string;
  /** The split: kind, page, lines and line roles. */
  item: Item;
  /** Headline as it reads now (the corrected one when there is one). */
  headline: string;
  /** Kicker as it reads now. */
  kicker: string;
  /** Subtitles as they read now. */
  subtitles: readonly string[];
}

/** What a jump is: a teaser pointing to an article, or an article running on to or from a page. */
export type JumpKind = 'teaser' | 'continued-on' | 'continued-from';

/** One item the jump may point to, with how well it matches (0..1). */
export interface JumpCandidate {
  /** The candidate item's id. */
  itemId: string;
  /** How well it matches, 0..1. */
  score: number;
}

/** Where a jump leads. */
export type JumpTarget =
  /** One item clearly matches. */
  | { state: 'linked'; itemId: string; score: number }
  /** The page is in the issue, but no single item clearly matches: the likeliest ones, best first. */
  | { state: 'candidates'; candidates: JumpCandidate[] }
  /** The page is in the issue, but holds nothing the jump could lead to. */
  | { state: 'not-found' }
  /** The page the jump names is not part of this issue. */
  | { state: 'page-not-in-issue' };

/** A teaser or jump line and where it leads. */
export interface JumpLink {
  /** The item the teaser or jump line is printed in. */
  itemId: string;
  /** Teaser, 'continued on' or 'continued from'. */
  kind: JumpKind;
  /** 1-based source line of the jump line, or null when only the item's jump page is known. */
  line: number | null;
  /** The page it names. */
  page: number;
  /** Where it leads. */
  target: JumpTarget;
}

/** A score at least this high can link on its own. */
const LINK_SCORE = 0.5;
/** …when it beats the runner-up by at least this much. */
const LINK_MARGIN = 0.15;
/** Below this a candidate shares too little to be worth naming, unless nothing scores higher. */
const CANDIDATE_SCORE = 0.15;
/** How many candidates are offered when none is clear. */
const MAX_CANDIDATES = 5;

interface Jump {
  line: number | null;
  page: number;
  direction: 'to' | 'from';
  /** The words of the jump line that name the story ('BRIDGE' in 'BRIDGE from Page 1'). */
  slug: string;
}

/**
 * Works out where every teaser and jump line of an issue leads: a teaser to the article on the page it
 * names whose headline shares the most characters with its own; a 'continued on' line to the item on that
 * page opened by a 'continued from' line, and back. Pure; `sourceLines` (the text split at line
 * ends) tells 'continued on' from 'continued from' and gives a jump line's slug.
 */
export function linkJumps(input: {
  items: readonly JumpItem[];
  pages: readonly PageInfo[];
  sourceLines?: readonly string[];
}): Map<string, JumpLink[]> {
  const { items, pages, sourceLines } = input;
  const jumpsOf = new Map<string, Jump[]>();
  for (const entry of items) jumpsOf.set(entry.id, readJumps(entry.item, sourceLines));
  const pageNumbers = new Set([
    ...pages.map((page) => page.number),
    ...items.map((entry) => entry.item.page),
  ]);

  const links = new Map<string, JumpLink[]>();
  for (const entry of items) {
    const jumps = jumpsOf.get(entry.id) ?? [];
    if (jumps.length === 0) continue;
    links.set(
      entry.id,
      jumps.map((jump): JumpLink => {
        const kind: JumpKind =
          jump.direction === 'from'
            ? 'continued-from'
            : entry.item.kind === 'teaser'
              ? 'teaser'
              : 'continued-on';
        const target = pageNumbers.has(jump.page)
          ? kind === 'teaser'
            ? matchTeaser(entry, jump, items)
            : matchContinuation(entry, jump, items, jumpsOf)
          : { state: 'page-not-in-issue' as const };
        return { itemId: entry.id, kind, line: jump.line, page: jump.page, target };
      }),
    );
  }
  return links;
}

// The jump lines of an item, in line order, with their direction.
function readJumps(item: Item, sourceLines: readonly string[] | undefined): Jump[] {
  const jumps: Jump[] = [];
  const firstLine = item.lines[0] ?? item.startLine;
  for (const line of item.lines) {
    if (item.roles[line] !== 'jump') continue;
    const text = (sourceLines?.[line - 1] ?? '').replace(/[\f\r]/g, '').trim();
    const match = text ? matchJumpLine(foldFullWidth(text)) : null;
    const page = match?.page ?? item.jumpPage;
    if (page === null) continue;
    const direction =
      match?.direction ?? (line === firstLine && item.kind !== 'teaser' ? 'from' : 'to');
    jumps.push({ line, page, direction, slug: readSlug(text) });
  }
  if (jumps.length === 0 && item.jumpPage !== null) {
    // The jump line was retagged, but the split still knows the page.
    const direction = item.kind === 'teaser' || item.paragraphs.length > 0 ? 'to' : 'from';
    jumps.push({ line: null, page: item.jumpPage, direction, slug: '' });
  }
  return jumps;
}

// What is left of a jump line once its fixed words are gone: 'BRIDGE from Page 1' → 'BRIDGE'.
function readSlug(text: string): string {
  const slug = text
    .replace(/[（(][^）)]*[）)]/g, ' ')
    .replace(/(?:见|下转|转|上接|接)?第?[\d〇零一二三四五六七八九十]+[版页]/g, ' ')
    .replace(/\b(?:continued|cont'd|see|from|on|to|page|[A-Z]?\d{1,3})\b/gi, ' ');
  return normalizeTitle(slug).length >= 2 ? slug.trim() : '';
}

// A teaser leads to an article on the page it names; the headline that shares most characters wins.
function matchTeaser(teaser: JumpItem, jump: Jump, items: readonly JumpItem[]): JumpTarget {
  const title = [teaser.kicker, teaser.headline, ...teaser.subtitles].join(' ');
  const scored = items
    .filter(
      (entry) =>
        entry.id !== teaser.id && entry.item.page === jump.page && entry.item.kind === 'article',
    )
    .map((entry) => ({ itemId: entry.id, score: scoreTitle(title, entry) }));
  return decide(scored);
}

// A 'continued on' line leads to the item on that page opened by a 'continued from' line naming this
// page; a 'continued from' line leads back to the item that sends its reader on to this page.
function matchContinuation(
  entry: JumpItem,
  jump: Jump,
  items: readonly JumpItem[],
  jumpsOf: ReadonlyMap<string, readonly Jump[]>,
): JumpTarget {
  const wanted = jump.direction === 'to' ? 'from' : 'to';
  const scored: JumpCandidate[] = [];
  for (const other of items) {
    if (other.id === entry.id || other.item.page !== jump.page) continue;
    if (wanted === 'to' && other.item.kind === 'teaser') continue;
    const answering = (jumpsOf.get(other.id) ?? []).filter((each) => each.direction === wanted);
    if (answering.length === 0) continue;
    // The answering jump should name the page this one is printed on; a misprinted page still counts, a little.
    const pageScore = answering.some((each) => each.page === entry.item.page) ? 1 : 0.3;
    // A slug ('BRIDGE from Page 1') tells several continuations apart.
    const slug = wanted === 'from' ? answering.map((each) => each.slug).join(' ') : jump.slug;
    const story = wanted === 'from' ? entry : other;
    const slugScore = slug
      ? containment(slug, [story.kicker, story.headline, ...story.subtitles].join(' '))
      : 0;
    scored.push({ itemId: other.id, score: round(pageScore * (0.75 + 0.25 * slugScore)) });
  }
  return decide(scored);
}

// Links the best candidate when it is good and clearly ahead; otherwise names the likeliest ones.
function decide(scored: JumpCandidate[]): JumpTarget {
  if (scored.length === 0) return { state: 'not-found' };
  const ranked = [...scored].sort((a, b) => b.score - a.score);
  const [best, second] = ranked;
  if (
    best &&
    best.score >= LINK_SCORE &&
    (second === undefined || best.score - second.score >= LINK_MARGIN)
  ) {
    return { state: 'linked', itemId: best.itemId, score: best.score };
  }
  const likely = ranked.filter((candidate) => candidate.score >= CANDIDATE_SCORE);
  return {
    state: 'candidates',
    candidates: (likely.length > 0 ? likely : ranked).slice(0, MAX_CANDIDATES),
  };
}

// The best match of a teaser's title against an article's headline, alone or with its kicker and subtitles.
function scoreTitle(title: string, article: JumpItem): number {
  const { kicker, headline, subtitles } = article;
  const variants = [
    headline,
    `${kicker}${headline}`,
    `${headline}${subtitles.join('')}`,
    `${kicker}${headline}${subtitles.join('')}`,
  ];
  return round(Math.max(...variants.map((variant) => titleSimilarity(title, variant))));
}

/**
 * How much two titles have in common, 0..1: the Dice coefficient of their characters and character
 * pairs, ignoring case, width, spaces and punctuation. Works alike for Chinese and English.
 */
export function titleSimilarity(a: string, b: string): number {
  const gramsA = toGrams(normalizeTitle(a));
  const gramsB = toGrams(normalizeTitle(b));
  const total = sizeOf(gramsA) + sizeOf(gramsB);
  return total === 0 ? 0 : (2 * overlap(gramsA, gramsB)) / total;
}

// How much of `part` (a slug) is found in `whole` (a headline), 0..1. Character pairs only: a short
// slug shares single letters with almost any headline.
function containment(part: string, whole: string): number {
  const gramsPart = toGrams(normalizeTitle(part), false);
  const size = sizeOf(gramsPart);
  return size === 0 ? 0 : overlap(gramsPart, toGrams(normalizeTitle(whole), false)) / size;
}

function normalizeTitle(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function toGrams(text: string, withSingles = true): Map<string, number> {
  const chars = Array.from(text);
  const grams = new Map<string, number>();
  const add = (gram: string) => grams.set(gram, (grams.get(gram) ?? 0) + 1);
  chars.forEach((char, index) => {
    if (withSingles || chars.length === 1) add(char);
    const next = chars[index + 1];
    if (next !== undefined) add(char + next);
  });
  return grams;
}

function sizeOf(grams: ReadonlyMap<string, number>): number {
  let size = 0;
  for (const count of grams.values()) size += count;
  return size;
}

function overlap(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let shared = 0;
  for (const [gram, count] of a) shared += Math.min(count, b.get(gram) ?? 0);
  return shared;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
