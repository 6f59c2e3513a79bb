import { useEffect, useId, useRef } from 'react';
import type { IssueSnapshot } from '../../../core/export/issue-snapshot.ts';
import { useLocale, useT } from '../../../lib/i18n.tsx';
import { useIssues } from '../../../lib/queries/issue-queries.ts';
import type { OnExistingIssue } from '../../../storage/galley-store.ts';
import { formatByteSize } from '../api/import-stages.ts';
import { backupMessages } from '../backup-messages.ts';

/** What a backup holds, in numbers a person checks before restoring it. */
function describeSnapshot(snapshot: IssueSnapshot) {
  const readable = snapshot.items.filter((record) => record.item.kind !== 'furniture');
  return {
    items: readable.length,
    articles: readable.filter((record) => record.item.kind === 'article').length,
    corrected: readable.filter((record) => record.status === 'corrected').length,
    approved: readable.filter((record) => record.status === 'approved').length,
    pages: snapshot.issue.pages.length,
    revisions: snapshot.revisions.length,
  };
}

/**
 * A parsed backup: what it holds, and the way on — import it, or, when its issue is already in
 * the library, replace that issue, keep both, or cancel.
 */
export function BackupReview({
  sourceName,
  bytes,
  snapshot,
  exists,
  importing,
  onConfirm,
  onCancel,
}: {
  sourceName: string;
  bytes: number;
  snapshot: IssueSnapshot;
  /** The store refused it as already stored. */
  exists: boolean;
  importing: boolean;
  onConfirm: (onExisting: OnExistingIssue, copyTitle?: string) => void;
  onCancel: () => void;
}) {
  const t = useT(backupMessages);
  const { locale } = useLocale();
  const titleId = useId();
  const panel = useRef<HTMLElement>(null);
  const issues = useIssues();
  const { issue } = snapshot;
  const stored = issues.data?.find((summary) => summary.id === issue.id);
  const alreadyStored = exists || stored !== undefined;
  const counts = describeSnapshot(snapshot);
  const number = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en');
  const changed = new Date(issue.updatedAt).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

  useEffect(() => {
    // The keyboard lands where the decision is.
    panel.current?.focus();
  }, []);

  return (
    <section
      ref={panel}
      className="backup-review"
      aria-labelledby={titleId}
      aria-busy={importing}
      tabIndex={-1}
    >
      <h2 id={titleId} className="backup-review__title">
        {t('backup.title')}
      </h2>
      <p className="backup-review__lede">
        {t('backup.lede', { name: sourceName, size: formatByteSize(bytes, locale) })}
      </p>
      <dl className="backup-review__facts">
        <dt>{t('backup.issue')}</dt>
        <dd lang={issue.language}>{issue.title}</dd>
        <dt>{t('backup.paper')}</dt>
        <dd lang={issue.paper ? issue.language : undefined}>
          {issue.paper ?? t('backup.unknown')}
        </dd>
        <dt>{t('backup.date')}</dt>
        <dd>{issue.date ?? t('backup.unknown')}</dd>
        <dt>{t('backup.items')}</dt>
        <dd>
          {t('backup.itemsValue', {
            items: number.format(counts.items),
            articles: number.format(counts.articles),
            pages:
              counts.pages === 1
                ? t('backup.pagesOne')
                : t('backup.pages', { count: number.format(counts.pages) }),
          })}
        </dd>
        <dt>{t('backup.progress')}</dt>
        <dd>
          {t('backup.progressValue', {
            corrected: number.format(counts.corrected),
            approved: number.format(counts.approved),
          })}
        </dd>
        <dt>{t('backup.revisions')}</dt>
        <dd>{number.format(counts.revisions)}</dd>
        <dt>{t('backup.changed')}</dt>
        <dd>{changed}</dd>
        <dt>{t('backup.source')}</dt>
        <dd>{issue.sourceName}</dd>
      </dl>

      {alreadyStored ? (
        <div className="backup-review__exists" role="group" aria-labelledby={`${titleId}-exists`}>
          <h3 id={`${titleId}-exists`} className="backup-review__exists-title">
            {t('backup.existsTitle')}
          </h3>
          <p>{t('backup.existsBody', { title: stored?.title ?? issue.title })}</p>
          <div className="backup-review__actions">
            <button
              type="button"
              className="button button--danger"
              disabled={importing}
              onClick={() => {
                onConfirm('replace');
              }}
            >
              {t('backup.replace')}
            </button>
            <button
              type="button"
              className="button"
              disabled={importing}
              onClick={() => {
                onConfirm('copy', t('backup.copyTitle', { title: issue.title }));
              }}
            >
              {t('backup.copy')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              disabled={importing}
              onClick={onCancel}
            >
              {t('backup.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="backup-review__actions">
          <button
            type="button"
            className="button"
            disabled={importing}
            onClick={() => {
              onConfirm('refuse');
            }}
          >
            {t('backup.import')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={importing}
            onClick={onCancel}
          >
            {t('backup.cancel')}
          </button>
        </div>
      )}
      <p className="backup-review__status" role="status">
        {importing ? t('backup.importing') : ''}
      </p>
    </section>
  );
}
