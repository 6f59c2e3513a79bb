import { useCallback, useState } from 'react';
import { useToast } from '../../components/toast.tsx';
import { useT } from '../../lib/i18n.tsx';
import { routes } from '../../lib/navigation.ts';
import { useIssue } from '../../lib/queries/issue-queries.ts';
import { useItem, useItems } from '../../lib/queries/item-queries.ts';
import type { IssueId, IssueRecord, ItemId, ItemRecord } from '../../storage/records.ts';
import { readDraft } from './api/draft-journal.ts';
import { ArticleEditor } from './components/article-editor.tsx';
import type { GoneFromStorage } from './components/article-editor.tsx';
import { editorMessages } from './messages.ts';
import { articleToText } from './model/article-draft.ts';
import './article-editor.css';

/** What the editor was opened with. */
interface Opened {
  issue: IssueRecord;
  items: readonly ItemRecord[];
  record: ItemRecord;
}

const NO_ITEMS: readonly ItemRecord[] = [];

/**
 * The article editor screen for one item of an issue. Once the editor is open it stays open:
 * if the article or its issue then disappears from storage (cleared by the browser, deleted or
 * re-split in another tab), the editor keeps the text and says so.
 */
export function ArticleEditorPage({ issueId, itemId }: { issueId: string; itemId: string }) {
  const t = useT(editorMessages);
  const issue = useIssue(issueId as IssueId);
  const items = useItems(issueId as IssueId);
  const item = useItem(itemId as ItemId);
  const [opened, setOpened] = useState<Opened | null>(null);

  const { refetch: refetchIssue } = issue;
  const { refetch: refetchItem } = item;
  const lookAgain = useCallback(() => {
    void refetchIssue();
    void refetchItem();
  }, [refetchIssue, refetchItem]);

  const pending = issue.isPending || items.isPending || item.isPending;
  const loaded: Opened | null =
    !pending && issue.data && item.data && item.data.issueId === issueId
      ? { issue: issue.data, items: items.data ?? NO_ITEMS, record: item.data }
      : null;
  if (
    loaded &&
    (opened?.issue !== loaded.issue ||
      opened.items !== loaded.items ||
      opened.record !== loaded.record)
  ) {
    setOpened(loaded);
  }

  const shown = loaded ?? opened;
  if (shown) {
    let gone: GoneFromStorage | null = null;
    if (!loaded) {
      gone = issue.data === null ? 'issue' : item.data?.issueId === issueId ? null : 'article';
    }
    return (
      <ArticleEditor
        key={shown.record.id}
        issue={shown.issue}
        items={shown.items}
        record={shown.record}
        gone={gone}
        onMissing={lookAgain}
      />
    );
  }

  const error = issue.error ?? items.error ?? item.error;
  if (error) {
    return (
      <div className="editor-state editor-state--error" role="alert">
        <p>{t('page.loadError', { message: error.message })}</p>
      </div>
    );
  }
  if (pending) {
    return (
      <p className="editor-state" role="status">
        {t('page.loading')}
      </p>
    );
  }
  return (
    <div className="editor-state">
      <h1 className="screen-title">{t('page.notFound')}</h1>
      <p className="screen-lede">{t('page.notFoundHint')}</p>
      <KeptDraft itemId={itemId} />
      <p>
        <a className="button button--quiet" href={routes.splits(issueId)}>
          {t('page.backToSplits')}
        </a>
      </p>
    </div>
  );
}

/**
 * Unsaved text the journal still holds for an article that is no longer stored (its issue was
 * cleared from storage or deleted, or the split changed): shown, so it can be copied.
 */
function KeptDraft({ itemId }: { itemId: string }) {
  const t = useT(editorMessages);
  const toast = useToast();
  const [text] = useState(() => {
    const draft = readDraft(itemId);
    return draft ? articleToText(draft.content) : null;
  });
  if (text === null) return null;
  return (
    <section className="kept-draft" aria-labelledby="kept-draft-title">
      <h2 className="kept-draft__title" id="kept-draft-title">
        {t('page.keptDraft')}
      </h2>
      <pre className="kept-draft__text" tabIndex={0}>
        {text}
      </pre>
      <button
        type="button"
        className="button"
        onClick={() => {
          navigator.clipboard.writeText(text).then(
            () => {
              toast.show({ message: t('lost.copied') });
            },
            () => {
              toast.show({ tone: 'error', message: t('lost.copyFailed') });
            },
          );
        }}
      >
        {t('lost.copy')}
      </button>
    </section>
  );
}
