/** What the store harness page offers the bench (on `window.galleyStoreBench`). */
export interface StoreBench {
  /** Saves every article of the issue with `saveArticle`, one after another; times the saves. */
  saveEveryArticle: (
    issueId: string,
  ) => Promise<{ articles: number; characters: number; ms: number }>;
  /** Reads every item of the issue back with `listItems`; `saved` counts those marked corrected. */
  readEveryItem: (issueId: string) => Promise<{ items: number; saved: number; ms: number }>;
}
