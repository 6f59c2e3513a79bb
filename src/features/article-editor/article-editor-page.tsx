import { useT } from '../../lib/i18n.tsx';
import { routes } from '../../lib/navigation.ts';
import { useIssue } from '../../lib/queries/issue-queries.ts';
import { useItem, useItems } from '../../lib/queries/item-queries.ts';
import type { IssueId, ItemId } from '../../storage/records.ts';
import { ArticleEditor } from './components/article-editor.tsx';
import { editorMessages } from './messages.ts';
import './article-editor.css';

/** The article editor screen for one item of an issue. */
export function ArticleEditorPage({ issueId, itemId }: { issueId: string; itemId: string }) {
  const t = useT(editorMessages);
  const issue = useIssue(issueId as IssueId);
  const items = useItems(issueId as IssueId);
  const item = useItem(itemId as ItemId);

  const error = issue.error ?? items.error ?? item.error;
  if (error) {
    return (
      <div className="editor-state editor-state--error" role="alert">
        <p>{t('page.loadError', { message: error.message })}</p>
      </div>
    );
  }
  if (issue.isPending || items.isPending || item.isPending) {
    return (
      <p className="editor-state" role="status">
        {t('page.loading')}
      </p>
    );
  }
  if (!issue.data || !item.data || item.data.issueId !== issueId) {
    return (
      <div className="editor-state">
        <h1 className="screen-title">{t('page.notFound')}</h1>
        <p className="screen-lede">{t('page.notFoundHint')}</p>
        <p>
          <a className="button button--quiet" href={routes.splits(issueId)}>
            {t('page.backToSplits')}
          </a>
        </p>
      </div>
    );
  }
  return (
    <ArticleEditor
      key={item.data.id}
      issue={issue.data}
      items={items.data ?? []}
      record={item.data}
    />
  );
}
