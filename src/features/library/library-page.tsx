import { useEffect, useRef, useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { useToast } from '../../components/toast.tsx';
import { useT } from '../../lib/i18n.tsx';
import { navigate, routes } from '../../lib/navigation.ts';
import {
  useDeleteIssue,
  useIssues,
  useRenameIssue,
  useRestoreIssue,
} from '../../lib/queries/issue-queries.ts';
import { useShortcut } from '../../lib/shortcuts.tsx';
import type { IssueSummary } from '../../storage/galley-store.ts';
import type { IssueId } from '../../storage/records.ts';
import { IssueRow } from './components/issue-row.tsx';
import { libraryMessages } from './messages.ts';
import { moveSelection, selectionAfterRemoval } from './model/move-selection.ts';
import './library.css';

/** What the first start is doing (the shell passes the import feature's sample loader state). */
export type LibraryFirstStart =
  | { status: 'checking' | 'loading' | 'done' }
  | { status: 'failed'; message: string; retry: () => void };

const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** The issue library: every stored issue, to open, rename or delete, by mouse or keyboard. */
export function LibraryPage({ firstStart }: { firstStart?: LibraryFirstStart }) {
  const t = useT(libraryMessages);
  const issues = useIssues();
  const list = issues.data ?? [];
  const ids = list.map((issue) => issue.id);
  const [chosenId, setChosenId] = useState<IssueId | null>(null);
  const selectedId = chosenId !== null && ids.includes(chosenId) ? chosenId : (ids[0] ?? null);
  const selected = list.find((issue) => issue.id === selectedId) ?? null;
  const [renamingId, setRenamingId] = useState<IssueId | null>(null);
  const [confirming, setConfirming] = useState<IssueSummary | null>(null);
  const table = useRef<HTMLTableElement>(null);
  // The row whose title link should take the focus once it is rendered (after a move, a rename,
  // a deletion or an undo); cleared once it has it.
  const pendingFocus = useRef<IssueId | null>(null);
  const focusRow = (id: IssueId | null) => {
    pendingFocus.current = id;
  };

  const renameIssue = useRenameIssue();
  const deleteIssue = useDeleteIssue();
  const restoreIssue = useRestoreIssue();
  const toast = useToast();

  useEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    const link = table.current?.querySelector<HTMLElement>(`[data-issue-link="${CSS.escape(id)}"]`);
    if (!link) return;
    pendingFocus.current = null;
    link.focus();
    link.scrollIntoView({ block: 'nearest' });
  });

  const select = (id: IssueId | null, focus: boolean) => {
    setChosenId(id);
    if (focus) focusRow(id);
  };

  const move = (step: number) => {
    select(moveSelection(ids, selectedId, step), true);
  };

  const rename = (issue: IssueSummary, title: string) => {
    setRenamingId(null);
    focusRow(issue.id);
    renameIssue.mutate(
      { id: issue.id, title },
      {
        onError: (error) => {
          toast.show({
            tone: 'error',
            message: t('rename.failed', { message: errorMessage(error) }),
          });
        },
      },
    );
  };

  const remove = async (issue: IssueSummary) => {
    setConfirming(null);
    const next = selectionAfterRemoval(ids, issue.id);
    select(next, true);
    try {
      const deleted = await deleteIssue.mutateAsync(issue.id);
      toast.show({
        message: t('delete.done', { title: issue.title }),
        action: {
          label: t('delete.undo'),
          onAction: () => {
            restoreIssue.mutate(deleted, {
              onSuccess: () => {
                select(issue.id, true);
                toast.show({ message: t('restore.done', { title: issue.title }) });
              },
              onError: (error) => {
                toast.show({
                  tone: 'error',
                  message: t('restore.failed', { message: errorMessage(error) }),
                });
              },
            });
          },
        },
      });
    } catch (error) {
      toast.show({ tone: 'error', message: t('delete.failed', { message: errorMessage(error) }) });
    }
  };

  const group = {
    en: libraryMessages.en['shortcut.group'],
    zh: libraryMessages.zh['shortcut.group'],
  };
  const both = (key: keyof (typeof libraryMessages)['en']) => ({
    en: libraryMessages.en[key],
    zh: libraryMessages.zh[key],
  });
  const hasRows = ids.length > 0 && renamingId === null;
  useShortcut({
    keys: 'j',
    description: both('shortcut.next'),
    group,
    enabled: hasRows,
    handler: () => {
      move(1);
    },
  });
  useShortcut({
    keys: 'ArrowDown',
    description: both('shortcut.next'),
    group,
    enabled: hasRows,
    handler: () => {
      move(1);
    },
  });
  useShortcut({
    keys: 'k',
    description: both('shortcut.previous'),
    group,
    enabled: hasRows,
    handler: () => {
      move(-1);
    },
  });
  useShortcut({
    keys: 'ArrowUp',
    description: both('shortcut.previous'),
    group,
    enabled: hasRows,
    handler: () => {
      move(-1);
    },
  });
  useShortcut({
    keys: 'o',
    description: both('shortcut.open'),
    group,
    enabled: selected !== null,
    handler: () => {
      if (selected) navigate(routes.splits(selected.id));
    },
  });
  useShortcut({
    keys: 'r',
    description: both('shortcut.review'),
    group,
    enabled: selected !== null,
    handler: () => {
      if (selected) navigate(routes.review(selected.id));
    },
  });
  useShortcut({
    keys: 'F2',
    description: both('shortcut.rename'),
    group,
    enabled: selected !== null && renamingId === null,
    handler: () => {
      if (selected) setRenamingId(selected.id);
    },
  });
  useShortcut({
    keys: 'Delete',
    description: both('shortcut.delete'),
    group,
    enabled: selected !== null && renamingId === null,
    handler: () => {
      setConfirming(selected);
    },
  });
  useShortcut({
    keys: 'Backspace',
    description: both('shortcut.delete'),
    group,
    enabled: selected !== null && renamingId === null,
    handler: () => {
      setConfirming(selected);
    },
  });

  const sampleBusy =
    firstStart !== undefined &&
    (firstStart.status === 'checking' || firstStart.status === 'loading');

  return (
    <div className="library">
      <header className="library__head">
        <div>
          <h1 className="screen-title">{t('title')}</h1>
          <p className="screen-lede">{t('lede')}</p>
        </div>
        <a className="button" href={routes.import()}>
          {t('import')}
        </a>
      </header>

      {firstStart?.status === 'loading' ? (
        <p className="library__notice" role="status">
          {t('sample.loading')}
        </p>
      ) : null}
      {firstStart?.status === 'failed' ? (
        <div className="library__notice library__notice--error" role="alert">
          <p>{t('sample.failed', { message: firstStart.message })}</p>
          <button type="button" className="button button--small" onClick={firstStart.retry}>
            {t('sample.retry')}
          </button>
        </div>
      ) : null}

      {issues.isPending ? (
        <p className="library__notice" role="status">
          {t('loading')}
        </p>
      ) : null}
      {issues.isError ? (
        <p className="library__notice library__notice--error" role="alert">
          {t('loadFailed', { message: errorMessage(issues.error) })}
        </p>
      ) : null}

      {issues.isSuccess && list.length === 0 && !sampleBusy ? (
        <section className="library__empty" aria-labelledby="library-empty-title">
          <h2 id="library-empty-title">{t('empty.title')}</h2>
          <p>{t('empty.body')}</p>
          <a className="button" href={routes.import()}>
            {t('empty.action')}
          </a>
        </section>
      ) : null}

      {list.length > 0 ? (
        <div className="library__table-wrap">
          <table ref={table} className="issue-table">
            <caption className="issue-table__caption">
              {t('table.caption')}{' '}
              <span className="issue-table__count">
                {list.length === 1 ? t('count.one') : t('count', { count: list.length })}
              </span>
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('column.issue')}</th>
                <th scope="col">{t('column.date')}</th>
                <th scope="col" className="issue-table__number">
                  {t('column.pages')}
                </th>
                <th scope="col" className="issue-table__number">
                  {t('column.articles')}
                </th>
                <th scope="col">{t('column.progress')}</th>
                <th scope="col">{t('column.language')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((issue) => (
                <IssueRow
                  key={issue.id}
                  issue={issue}
                  selected={issue.id === selectedId}
                  renaming={issue.id === renamingId}
                  onSelect={() => {
                    if (issue.id !== selectedId) select(issue.id, false);
                  }}
                  onStartRename={() => {
                    select(issue.id, false);
                    setRenamingId(issue.id);
                  }}
                  onRename={(title) => {
                    rename(issue, title);
                  }}
                  onCancelRename={() => {
                    setRenamingId(null);
                    focusRow(issue.id);
                  }}
                  onDelete={() => {
                    select(issue.id, false);
                    setConfirming(issue);
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      <ConfirmDialog
        open={confirming !== null}
        tone="danger"
        title={t('delete.title', { title: confirming?.title ?? '' })}
        confirmLabel={t('delete.confirm')}
        onConfirm={() => {
          if (confirming) void remove(confirming);
        }}
        onCancel={() => {
          const id = confirming?.id ?? null;
          setConfirming(null);
          if (id !== null) focusRow(id);
        }}
      >
        <p>{t('delete.body', { count: confirming?.itemCount ?? 0 })}</p>
      </ConfirmDialog>
    </div>
  );
}
