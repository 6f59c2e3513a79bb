import type { ExportScope } from '../../core/export/export-snapshot.ts';
import { useT } from '../../lib/i18n.tsx';
import { routes } from '../../lib/navigation.ts';
import { useIssue } from '../../lib/queries/issue-queries.ts';
import { useItems } from '../../lib/queries/item-queries.ts';
import type { IssueId } from '../../storage/records.ts';
import { ExportForm } from './components/export-form.tsx';
import { exportMessages } from './messages.ts';
import './export.css';

const WHOLE_ISSUE: ExportScope = { kind: 'issue' };

/** A stable key per scope, so a new link starts the form afresh. */
function scopeKey(scope: ExportScope): string {
  if (scope.kind === 'page') return `page:${scope.page}`;
  if (scope.kind === 'article') return `article:${scope.itemId}`;
  return 'issue';
}

/** The export screen: the whole issue, a page or an article, in one of eight formats. */
export function ExportPage({
  issueId,
  scope = WHOLE_ISSUE,
}: {
  issueId: string;
  /** What the link asked for (`?scope=`); the person can change it. */
  scope?: ExportScope;
}) {
  const t = useT(exportMessages);
  const id = issueId as IssueId;
  const issue = useIssue(id);
  const items = useItems(id);

  const error = issue.error ?? items.error;
  let body;
  if (error) {
    body = (
      <div className="export-state" role="alert">
        <p>{t('page.error', { message: error.message })}</p>
        <a href={routes.library()}>{t('page.toLibrary')}</a>
      </div>
    );
  } else if (issue.isPending || items.isPending) {
    body = (
      <p className="export-state" role="status">
        {t('page.loading')}
      </p>
    );
  } else if (!issue.data) {
    body = (
      <div className="export-state" role="alert">
        <p>{t('page.notFound')}</p>
        <a href={routes.library()}>{t('page.toLibrary')}</a>
      </div>
    );
  } else {
    body = (
      <ExportForm
        key={scopeKey(scope)}
        issue={issue.data}
        items={items.data ?? []}
        initialScope={scope}
      />
    );
  }

  return (
    <div className="export-screen">
      <header className="export-screen__head">
        <h1 className="screen-title">{t('page.title')}</h1>
        <p className="screen-lede">{t('page.lede')}</p>
      </header>
      {body}
    </div>
  );
}
