import { useT } from '../../lib/i18n.tsx';
import { routes } from '../../lib/navigation.ts';
import { useIssue } from '../../lib/queries/issue-queries.ts';
import { useItems, useSetItemStatus } from '../../lib/queries/item-queries.ts';
import type { IssueId } from '../../storage/records.ts';
import { SectionReview } from './components/section-review.tsx';
import { sectionReviewMessages } from './messages.ts';
import './section-review.css';

/** The section review: a page designer's view of an issue, page by page, as cards. */
export function SectionReviewPage({ issueId }: { issueId: string }) {
  const t = useT(sectionReviewMessages);
  const id = issueId as IssueId;
  const issue = useIssue(id);
  const items = useItems(id);
  const setStatus = useSetItemStatus(id);

  const error = issue.error ?? items.error;
  if (error) {
    return (
      <div className="sr-state sr-state--error" role="alert">
        <p>{t('page.error', { message: error.message })}</p>
        <a href={routes.library()}>{t('page.toLibrary')}</a>
      </div>
    );
  }
  if (issue.isPending || items.isPending) {
    return (
      <p className="sr-state" role="status">
        {t('page.loading')}
      </p>
    );
  }
  if (!issue.data) {
    return (
      <div className="sr-state" role="alert">
        <p>{t('page.notFound')}</p>
        <a href={routes.library()}>{t('page.toLibrary')}</a>
      </div>
    );
  }

  return (
    <SectionReview
      issue={issue.data}
      records={items.data ?? []}
      onApprove={async (card, status) => {
        await setStatus.mutateAsync({ ids: [card.id], status });
      }}
    />
  );
}
