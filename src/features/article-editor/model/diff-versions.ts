import { diffArrays, diffChars, diffLines, diffWordsWithSpace } from 'diff';
import type { ChangeObject } from 'diff';
import type { Language } from '../../../core/analysis-types.ts';

/** A run of text that two versions share, or that only one of them has. */
export interface DiffPart {
  /** Kept in both, inserted by the later version, or deleted from the earlier one. */
  kind: 'same' | 'inserted' | 'deleted';
  /** The text of the run. */
  text: string;
}

/** How to compare two versions of an article. */
export interface DiffOptions {
  /** The article's language: Chinese is compared word by word with `segmenter`, else by character. */
  language: Language;
  /** A word segmenter (Intl.Segmenter with granularity 'word') for Chinese. */
  segmenter?: { segment: (text: string) => Iterable<{ segment: string }> };
  /** Time budget of the fine comparison; past it, lines are compared. */
  timeoutMs?: number;
}

/** Characters inserted and deleted between two versions (spaces not counted). */
export interface DiffCounts {
  /** Characters only the later version has. */
  inserted: number;
  /** Characters only the earlier version had. */
  deleted: number;
}

function toParts(changes: readonly ChangeObject<string>[]): DiffPart[] {
  return changes.map((change) => ({
    kind: change.added ? 'inserted' : change.removed ? 'deleted' : 'same',
    text: change.value,
  }));
}

/** Joins neighbouring runs of one kind and drops empty ones. */
function mergeRuns(parts: readonly DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  for (const part of parts) {
    if (part.text.length === 0) continue;
    const last = merged.at(-1);
    if (last?.kind === part.kind) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}

/**
 * Compares two versions of an article's text. Chinese goes word by word when a segmenter is
 * given (so 阴性阴性 → 阴性 deletes one word, not two scattered characters), otherwise character
 * by character; other languages word by word. Spaces and line breaks count as changes. When the
 * fine comparison runs out of time (a text rewritten wholesale), whole lines are compared.
 */
export function diffVersions(before: string, after: string, options: DiffOptions): DiffPart[] {
  const timeout = options.timeoutMs ?? 200;
  let fine: DiffPart[] | undefined;
  if (options.language === 'zh' && options.segmenter) {
    const { segmenter } = options;
    const tokens = (text: string) => Array.from(segmenter.segment(text), (entry) => entry.segment);
    const changes = diffArrays(tokens(before), tokens(after), { timeout });
    fine = changes?.map((change) => ({
      kind: change.added ? 'inserted' : change.removed ? 'deleted' : 'same',
      text: change.value.join(''),
    }));
  } else if (options.language === 'zh') {
    const changes = diffChars(before, after, { timeout });
    fine = changes ? toParts(changes) : undefined;
  } else {
    const changes = diffWordsWithSpace(before, after, { timeout });
    fine = changes ? toParts(changes) : undefined;
  }
  return mergeRuns(fine ?? toParts(diffLines(before, after)));
}

function countVisible(text: string): number {
  return Array.from(text.replace(/\s+/g, '')).length;
}

/** How many characters a comparison inserts and deletes. */
export function countDiff(parts: readonly DiffPart[]): DiffCounts {
  const counts: DiffCounts = { inserted: 0, deleted: 0 };
  for (const part of parts) {
    if (part.kind !== 'same') counts[part.kind] += countVisible(part.text);
  }
  return counts;
}

/** True when the comparison found any change (spaces and line breaks included). */
export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((part) => part.kind !== 'same');
}
