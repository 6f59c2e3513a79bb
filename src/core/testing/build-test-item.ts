import type { Item } from '../analysis-types.ts';

/** An article item for tests: the given lines, everything else empty unless overridden. */
export function buildTestItem(lines: number[], overrides: Partial<Item> = {}): Item {
  return {
    kind: 'article',
    startLine: lines[0] ?? 1,
    endLine: lines[lines.length - 1] ?? 1,
    lines,
    confidence: 1,
    reasons: [],
    headline: null,
    kicker: null,
    subtitles: [],
    section: null,
    dateline: null,
    bylines: [],
    paragraphs: [],
    crossheads: [],
    jumpPage: null,
    caption: null,
    page: 1,
    pageSection: null,
    roles: {},
    ...overrides,
  };
}
