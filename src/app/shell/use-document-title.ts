import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useT } from '../../lib/i18n.tsx';
import type { Route } from '../../lib/navigation.ts';
import { issueQueryOptions } from '../../lib/queries/issue-queries.ts';
import { useGalleyStore } from '../../lib/store-context.tsx';
import type { IssueId } from '../../storage/records.ts';
import { shellMessages } from '../messages.ts';

/** Names the browser tab after the screen and the issue, so several open tabs can be told apart. */
export function useDocumentTitle(route: Route): void {
  const t = useT(shellMessages);
  const issueId = 'issueId' in route ? (route.issueId as IssueId) : null;
  const store = useGalleyStore();
  const issue = useQuery({
    ...issueQueryOptions(store, (issueId ?? '') as IssueId),
    enabled: issueId !== null,
  });
  const issueTitle = issue.data?.title;
  const screen = {
    library: t('title.library'),
    import: t('title.import'),
    splits: t('title.splits'),
    article: t('title.article'),
    review: t('title.review'),
    export: t('title.export'),
    'not-found': t('title.notFound'),
  }[route.name];
  const appName = t('app.name');
  useEffect(() => {
    document.title = [screen, issueTitle, appName].filter(Boolean).join(' · ');
  }, [screen, issueTitle, appName]);
}
