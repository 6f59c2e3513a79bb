import { useT } from '../../lib/i18n.tsx';
import { routes } from '../../lib/navigation.ts';
import type { Route } from '../../lib/navigation.ts';
import { useIssue } from '../../lib/queries/issue-queries.ts';
import { useItems } from '../../lib/queries/item-queries.ts';
import type { IssueId } from '../../storage/records.ts';
import { shellMessages } from '../messages.ts';

/** The issue being worked on, under the masthead, with its three views as tabs. */
export function IssueContextBar({ issueId, route }: { issueId: string; route: Route }) {
  const t = useT(shellMessages);
  const id = issueId as IssueId;
  const issue = useIssue(id);
  const items = useItems(id);
  // The first article in reading order, whatever order the cached list happens to be in.
  const inReadingOrder = [...(items.data ?? [])].sort(
    (a, b) => a.item.startLine - b.item.startLine,
  );
  const firstArticle =
    inReadingOrder.find((record) => record.item.kind === 'article') ??
    inReadingOrder.find((record) => record.item.kind !== 'furniture');
  const articleHref =
    route.name === 'article'
      ? routes.article(route.issueId, route.itemId)
      : firstArticle
        ? routes.article(issueId, firstArticle.id)
        : null;
  const title = issue.data?.title;
  const language = issue.data?.language;

  return (
    <div className="issue-bar">
      <div className="issue-bar__inner">
        <p className="issue-bar__title">
          <span className="issue-bar__label">{t('issue.label')}</span>
          {title !== undefined ? (
            <span className="issue-bar__name" lang={language}>
              {title}
            </span>
          ) : (
            <span className="issue-bar__name issue-bar__name--loading">{t('issue.loading')}</span>
          )}
        </p>
        <nav className="issue-tabs" aria-label={t('issue.nav')}>
          <a
            className="issue-tabs__tab"
            href={routes.splits(issueId)}
            aria-current={route.name === 'splits' ? 'page' : undefined}
          >
            {t('tab.splits')}
          </a>
          {articleHref !== null ? (
            <a
              className="issue-tabs__tab"
              href={articleHref}
              aria-current={route.name === 'article' ? 'page' : undefined}
            >
              {t('tab.articles')}
            </a>
          ) : (
            <span
              className="issue-tabs__tab issue-tabs__tab--disabled"
              aria-disabled="true"
              title={t('tab.articlesNone')}
            >
              {t('tab.articles')}
            </span>
          )}
          <a
            className="issue-tabs__tab"
            href={routes.review(issueId)}
            aria-current={route.name === 'review' ? 'page' : undefined}
          >
            {t('tab.review')}
          </a>
          <a
            className="issue-tabs__tab"
            href={routes.export(issueId)}
            aria-current={route.name === 'export' ? 'page' : undefined}
          >
            {t('tab.export')}
          </a>
        </nav>
      </div>
    </div>
  );
}
