import { useCallback, useId, useMemo, useState } from 'react';
import type { Item } from '../../core/analysis-types.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Kbd } from '../../components/kbd.tsx';
import { kindLabel } from '../../components/kind-badge.tsx';
import { useLocale, useT } from '../../lib/i18n.tsx';
import { navigate, routes } from '../../lib/navigation.ts';
import { useIssue } from '../../lib/queries/issue-queries.ts';
import { useItems, useReplaceItems, useSetItemStatus } from '../../lib/queries/item-queries.ts';
import type { IssueId, IssueRecord, ItemRecord } from '../../storage/records.ts';
import { ArticlePreview } from './components/article-preview.tsx';
import { ItemDetails } from './components/item-details.tsx';
import { RetagDialog } from './components/retag-dialog.tsx';
import { ReviewQueuePane } from './components/review-queue-pane.tsx';
import { SaveStatus } from './components/save-status.tsx';
import { TextPane } from './components/text-pane.tsx';
import { useValueAfterPaint } from '../../lib/after-next-paint.ts';
import { useSplitReview, type Notice, type SplitChangeLabels } from './hooks/use-split-review.ts';
import { useSplitShortcuts } from './hooks/use-split-shortcuts.ts';
import { splitsMessages } from './messages.ts';
import { buildReviewQueue, isUndecided, type QueueFilter } from './model/review-queue.ts';
import type { SplitPersistence } from './model/split-saver.ts';
import './splits-review.css';

/** The split review of one issue: the raw text with every proposed split, doubtful ones first. */
export function SplitsReviewPage({ issueId }: { issueId: string }) {
  const t = useT(splitsMessages);
  const id = issueId as IssueId;
  const issue = useIssue(id);
  const items = useItems(id);
  const { refetch: refetchIssue } = issue;
  const { refetch: refetchItems } = items;
  const reload = useCallback(() => {
    void refetchIssue();
    void refetchItems();
  }, [refetchIssue, refetchItems]);

  const error = issue.error ?? items.error;
  if (error) {
    return (
      <div className="state state--error" role="alert">
        <h1 className="state__title">{t('page.title')}</h1>
        <p className="state__message">{t('page.loadError', { message: error.message })}</p>
        <a className="button" href={routes.library()}>
          {t('page.backToLibrary')}
        </a>
      </div>
    );
  }
  if (issue.isPending || !items.data) {
    return (
      <div className="state" role="status">
        <p className="state__message">{t('page.loading')}</p>
      </div>
    );
  }
  if (!issue.data) {
    return (
      <div className="state state--error" role="alert">
        <h1 className="state__title">{t('page.title')}</h1>
        <p className="state__message">{t('page.notFound')}</p>
        <a className="button" href={routes.library()}>
          {t('page.backToLibrary')}
        </a>
      </div>
    );
  }
  return <SplitsReview issue={issue.data} records={items.data} onReload={reload} />;
}

function SplitsReview({
  issue,
  records,
  onReload,
}: {
  issue: IssueRecord;
  records: readonly ItemRecord[];
  onReload: () => void;
}) {
  const t = useT(splitsMessages);
  const { locale } = useLocale();
  const replaceItems = useReplaceItems(issue.id);
  const setItemStatus = useSetItemStatus(issue.id);
  const { mutateAsync: replace } = replaceItems;
  const { mutateAsync: setStatus } = setItemStatus;
  const persistence = useMemo(
    (): SplitPersistence => ({
      replaceItems: (items, expectedRevision, statuses) =>
        replace({ items, expectedRevision, statuses }),
      setItemStatus: async (ids, status) => {
        await setStatus({ ids, status });
      },
    }),
    [replace, setStatus],
  );
  const labels = useMemo(
    (): SplitChangeLabels => ({
      accept: (number) => t('change.accept', { number }),
      acceptAll: (count) => t('change.acceptAll', { count }),
      merge: (number) => t('change.merge', { number }),
      move: (number) => t('change.move', { number }),
      split: (line) => t('change.split', { line }),
      kind: (number) => t('change.kind', { number }),
      retag: (line) => t('change.retag', { line }),
    }),
    [t],
  );
  const review = useSplitReview({ issue, records, persistence, labels, onReload });
  const { items, statuses, ids, selection, actions, sourceLines } = review;
  const [filter, setFilter] = useState<QueueFilter>('all');
  const [retagLine, setRetagLine] = useState<number | null>(null);
  const headingId = useId();

  const titles = useMemo(
    () => items.map((item) => titleOf(item, sourceLines)),
    [items, sourceLines],
  );
  const queue = useMemo(() => buildReviewQueue(items, statuses, filter), [items, statuses, filter]);
  const decided = useMemo(
    () => statuses.filter((status) => !isUndecided(status)).length,
    [statuses],
  );

  const cursorOwner = review.rows.lineOwners[selection.line] ?? -1;
  const cursorRole = items[cursorOwner]?.roles[selection.line] ?? null;
  const selectedId = ids[selection.item] ?? null;
  // The side pane's details and preview (the preview lays out a whole article) follow in the task
  // after the frame that shows the selection move, so j and k stay quick on long issues.
  const previewItem = useValueAfterPaint(items[selection.item]);
  const detailsSelection = useValueAfterPaint(selection);
  const detailsCursorOwner = review.rows.lineOwners[detailsSelection.line] ?? -1;
  const detailsCursorRole = items[detailsCursorOwner]?.roles[detailsSelection.line] ?? null;
  const detailsCursorText = (sourceLines[detailsSelection.line - 1] ?? '').trim();

  const openRetag = useCallback(() => {
    if (cursorRole !== null) setRetagLine(selection.line);
  }, [cursorRole, selection.line]);
  const openItem = useCallback(() => {
    if (selectedId) navigate(routes.article(issue.id, selectedId));
  }, [issue.id, selectedId]);
  useSplitShortcuts(actions, {
    onRetagMenu: openRetag,
    onOpenItem: openItem,
    enabled: retagLine === null && review.pendingConfirm === null,
  });

  const { saveState, history } = review;
  const lastChange = history.past[history.past.length - 1];
  const nextChange = history.future[history.future.length - 1];

  return (
    <div className="splits-review" aria-labelledby={headingId}>
      <header className="splits-review__bar">
        <div className="splits-review__heading">
          <h1 id={headingId} className="splits-review__title">
            {t('page.title')}
          </h1>
          <div className="splits-review__progress">
            <span className="splits-review__progress-text">
              {t('progress', { decided, total: items.length })}
            </span>
            <span className="progress-bar" aria-hidden="true">
              <span
                className="progress-bar__fill"
                style={{ width: `${items.length ? (decided / items.length) * 100 : 0}%` }}
              />
            </span>
          </div>
          <SaveStatus state={saveState} />
        </div>
        <div className="splits-review__tools" role="toolbar" aria-label={t('toolbar.label')}>
          <button
            type="button"
            className="button button--quiet button--small"
            disabled={!lastChange}
            title={lastChange ? `${t('toolbar.undo')}: ${lastChange.label}` : undefined}
            aria-keyshortcuts="Control+Z Meta+Z"
            onClick={actions.undo}
          >
            {t('toolbar.undo')} <Kbd keys="Mod+Z" />
          </button>
          <button
            type="button"
            className="button button--quiet button--small"
            disabled={!nextChange}
            title={nextChange ? `${t('toolbar.redo')}: ${nextChange.label}` : undefined}
            aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
            onClick={actions.redo}
          >
            {t('toolbar.redo')} <Kbd keys="Mod+Shift+Z" />
          </button>
          <button
            type="button"
            className="button button--quiet button--small"
            aria-keyshortcuts="n"
            onClick={actions.nextDoubtful}
          >
            {t('toolbar.nextDoubtful')} <Kbd keys="n" />
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={decided === items.length}
            aria-keyshortcuts="Shift+A"
            onClick={actions.acceptAll}
          >
            {t('toolbar.acceptAll')} <Kbd keys="Shift+A" />
          </button>
        </div>
        <p className="splits-review__notice" role="status" aria-live="polite">
          {review.notice ? (
            <span key={review.notice.id}>{describeNotice(review.notice.notice, t, locale)}</span>
          ) : null}
        </p>
      </header>

      {saveState.type === 'conflict' ? (
        <div className="splits-review__alert" role="alert">
          <p>
            <strong>{t('conflict.title')}</strong> {t('conflict.body')}
          </p>
          <button type="button" className="button button--small" onClick={actions.reload}>
            {t('conflict.reload')}
          </button>
        </div>
      ) : null}
      {saveState.type === 'failed' ? (
        <div className="splits-review__alert" role="alert">
          <p>{t('save.failed', { message: saveState.message })}</p>
          <button type="button" className="button button--small" onClick={actions.retrySave}>
            {t('save.retry')}
          </button>
        </div>
      ) : null}

      <div className="splits-review__panes">
        <TextPane
          rows={review.rows}
          items={items}
          statuses={statuses}
          ids={ids}
          titles={titles}
          sourceLines={sourceLines}
          selection={selection}
          issueId={issue.id}
          language={issue.language}
          actions={actions}
        />
        <aside className="side-pane" aria-label={t('details.title')}>
          <ReviewQueuePane
            queue={queue}
            filter={filter}
            onFilter={setFilter}
            items={items}
            statuses={statuses}
            titles={titles}
            selectedItem={selection.item}
            language={issue.language}
            onPick={actions.selectItem}
          />
          <ItemDetails
            item={items[detailsSelection.item]}
            itemIndex={detailsSelection.item}
            status={statuses[detailsSelection.item] ?? 'detected'}
            id={ids[detailsSelection.item] ?? null}
            issueId={issue.id}
            selection={detailsSelection}
            cursorRole={detailsCursorRole}
            cursorText={detailsCursorText}
            language={issue.language}
            actions={actions}
            onRetagMenu={openRetag}
          />
          <ArticlePreview item={previewItem} sourceLines={sourceLines} language={issue.language} />
        </aside>
      </div>

      <RetagDialog
        line={retagLine}
        lineText={retagLine !== null ? (sourceLines[retagLine - 1] ?? '').trim() : ''}
        current={retagLine !== null ? cursorRole : null}
        language={issue.language}
        onPick={(role) => {
          if (retagLine !== null) actions.retag(role, retagLine);
          setRetagLine(null);
        }}
        onClose={() => {
          setRetagLine(null);
        }}
      />
      <ConfirmDialog
        open={review.pendingConfirm !== null}
        title={t('confirm.title')}
        confirmLabel={t('confirm.go')}
        tone="danger"
        onConfirm={() => {
          actions.answerConfirm(true);
        }}
        onCancel={() => {
          actions.answerConfirm(false);
        }}
      >
        <p>{t('confirm.body', { names: (review.pendingConfirm?.names ?? []).join('、') })}</p>
      </ConfirmDialog>
    </div>
  );
}

// A headline, else a caption, else the item's first words.
function titleOf(item: Item, sourceLines: readonly string[]): string {
  const text = item.headline ?? item.caption ?? (sourceLines[item.startLine - 1] ?? '').trim();
  return text.length > 48 ? `${text.slice(0, 47)}…` : text;
}

function describeNotice(
  notice: Notice,
  t: ReturnType<typeof useT<keyof (typeof splitsMessages)['en']>>,
  locale: 'en' | 'zh',
): string {
  switch (notice.key) {
    case 'accepted':
    case 'merged':
      return t(`notice.${notice.key}`, { number: notice.number });
    case 'kind':
      return t('notice.kind', {
        number: notice.number,
        kind: notice.kind ? kindLabel(notice.kind, locale) : '',
      });
    case 'acceptedAll':
      return t('notice.acceptedAll', { count: notice.count });
    case 'moved':
      return t('notice.moved', { number: notice.number, line: notice.line });
    case 'split':
      return t('notice.split', { line: notice.line });
    case 'retagged':
      return t('notice.retagged', { line: notice.line, role: t(`role.${notice.role}`) });
    case 'undone':
    case 'redone':
      return t(`notice.${notice.key}`, { change: notice.change });
    default:
      return t(`notice.${notice.key}`);
  }
}
