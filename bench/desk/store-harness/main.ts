/**
 * A page served beside the built desk (same origin, so the same 'galley' database) that saves and
 * reads an issue through the app's own store: `createGalleyStore`, `saveArticle`, `listItems`.
 */
import { createGalleyStore } from '../../../src/storage/create-galley-store.ts';
import type { IssueId } from '../../../src/storage/records.ts';
import type { StoreBench } from './store-bench-api.ts';

const store = createGalleyStore();

const bench: StoreBench = {
  async saveEveryArticle(issueId) {
    const galley = await store;
    const records = await galley.listItems(issueId as IssueId);
    const articles = records.filter((record) => record.item.kind === 'article');
    const started = performance.now();
    // One save after another, each its own transaction, as the article editor saves.
    for (const record of articles) {
      await galley.saveArticle(
        record.id,
        {
          content: record.content,
          flags: record.flags,
          status: 'corrected',
          summary: 'Saved by the desk bench',
        },
        record.revision,
      );
    }
    const ms = performance.now() - started;
    const characters = articles.reduce(
      (sum, record) =>
        sum + record.content.body.reduce((total, block) => total + block.text.length, 0),
      0,
    );
    return { articles: articles.length, characters, ms };
  },
  async readEveryItem(issueId) {
    const galley = await store;
    const started = performance.now();
    const records = await galley.listItems(issueId as IssueId);
    const ms = performance.now() - started;
    const saved = records.filter((record) => record.status === 'corrected').length;
    return { items: records.length, saved, ms };
  },
};

(window as unknown as { galleyStoreBench: StoreBench }).galleyStoreBench = bench;
document.body.dataset.ready = 'true';
