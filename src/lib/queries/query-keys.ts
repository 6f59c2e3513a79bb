import type { IssueId, ItemId } from '../../storage/records.ts';

/** Query keys of issues. */
export const issueKeys = {
  /** Every issue query. */
  all: ['issues'] as const,
  /** The library's list of issue summaries. */
  list: () => [...issueKeys.all, 'list'] as const,
  /** One issue with its source text. */
  detail: (id: IssueId) => [...issueKeys.all, 'detail', id] as const,
};

/** Query keys of items (the articles, teasers, photos and furniture of an issue). */
export const itemKeys = {
  /** Every item query. */
  all: ['items'] as const,
  /** Every issue's item list. */
  lists: () => [...itemKeys.all, 'list'] as const,
  /** One issue's items in source order. */
  list: (issueId: IssueId) => [...itemKeys.lists(), issueId] as const,
  /** Every single-item query. */
  details: () => [...itemKeys.all, 'detail'] as const,
  /** One item. */
  detail: (id: ItemId) => [...itemKeys.details(), id] as const,
};

/** Query keys of article revisions. */
export const revisionKeys = {
  /** Every revision query. */
  all: ['revisions'] as const,
  /** The saved revisions of one item. */
  list: (itemId: ItemId) => [...revisionKeys.all, 'list', itemId] as const,
};
