import type { Ref } from 'react';
import { Kbd } from '../../../components/kbd.tsx';
import { KindBadge } from '../../../components/kind-badge.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import type { Item } from '../../../core/analysis-types.ts';
import { useLocale, useT } from '../../../lib/i18n.tsx';
import { routes } from '../../../lib/navigation.ts';
import { RecordNotFoundError, StorageFullError } from '../../../storage/galley-store.ts';
import type { ItemRecord, ItemStatus } from '../../../storage/records.ts';
import type { SaveState } from '../hooks/use-autosave.ts';
import { editorMessages } from '../messages.ts';
import type { EditorMessageKey } from '../messages.ts';

/** A neighbouring item to go to. */
export interface Neighbour {
  /** Its record. */
  record: ItemRecord;
  /** Its headline or another short name. */
  title: string;
}

/** How an item is named in navigation: headline, else caption or first words. */
export function itemTitle(record: ItemRecord): string {
  const { content } = record;
  const text =
    content.headline ||
    content.caption ||
    content.kicker ||
    content.body[0]?.text ||
    record.item.headline ||
    '';
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * Why the last save failed, short enough for the bar (the editor's alert explains the known
 * causes at length); other errors keep their own words.
 */
function errorMessage(
  error: unknown,
  t: (key: EditorMessageKey, values?: Record<string, string>) => string,
): string {
  if (error instanceof StorageFullError) return t('save.errorFull');
  if (error instanceof RecordNotFoundError) return t('save.errorGone');
  return t('save.error', { message: error instanceof Error ? error.message : String(error) });
}

function SaveStatus({
  state,
  error,
  savedAt,
  conflict,
  onSave,
}: {
  state: SaveState;
  error: unknown;
  savedAt: number | null;
  conflict: boolean;
  onSave: () => void;
}) {
  const t = useT(editorMessages);
  const { locale } = useLocale();
  const time =
    savedAt === null
      ? null
      : new Date(savedAt).toLocaleTimeString(locale === 'zh' ? 'zh-CN' : 'en-GB', {
          hour: '2-digit',
          minute: '2-digit',
        });
  const shown: SaveState | 'conflict' = conflict ? 'conflict' : state;
  const message =
    shown === 'conflict'
      ? t('save.conflict')
      : shown === 'saving'
        ? t('save.saving')
        : shown === 'unsaved'
          ? t('save.unsaved')
          : shown === 'error'
            ? errorMessage(error, t)
            : time !== null
              ? t('save.savedAt', { time })
              : t('save.saved');
  return (
    <div className={`save-status save-status--${shown}`}>
      <p className="save-status__text" role="status" aria-live="polite" data-save-state={shown}>
        <span className="save-status__mark" aria-hidden="true" />
        {message}
      </p>
      {shown === 'unsaved' || shown === 'error' ? (
        <button type="button" className="button button--quiet button--small" onClick={onSave}>
          {shown === 'error' ? t('save.retry') : t('save.now')}
          <Kbd keys="Mod+S" />
        </button>
      ) : null}
    </div>
  );
}

/**
 * The article's bar: where it is in the issue, previous / next, its status, whether it is saved,
 * and Approve.
 */
export function ArticleHeader({
  item,
  position,
  count,
  previous,
  next,
  issueId,
  itemId,
  status,
  saveState,
  saveError,
  savedAt,
  conflict,
  openFlagCount,
  onSave,
  onApprove,
  ref,
}: {
  item: Item;
  position: number;
  count: number;
  previous: Neighbour | null;
  next: Neighbour | null;
  issueId: string;
  itemId: string;
  status: ItemStatus;
  saveState: SaveState;
  saveError: unknown;
  savedAt: number | null;
  conflict: boolean;
  openFlagCount: number;
  onSave: () => void;
  onApprove: () => void;
  /** The bar's element (the side panel stays clear of it). */
  ref?: Ref<HTMLDivElement>;
}) {
  const t = useT(editorMessages);
  return (
    <div className="article-header" ref={ref}>
      <div className="article-header__where">
        <KindBadge kind={item.kind} />
        <span className="article-header__position">
          {t('header.position', { index: position, count })}
        </span>
        <span className="article-header__lines">
          {t('header.lines', { from: item.startLine, to: item.endLine, page: item.page })}
        </span>
      </div>
      <nav className="article-header__nav" aria-label={t('nav.label')}>
        {previous ? (
          <a
            className="button button--quiet button--small"
            href={routes.article(issueId, previous.record.id)}
            rel="prev"
            title={t('nav.previousTitle', { title: previous.title || t('nav.untitled') })}
          >
            <span aria-hidden="true">←</span> {t('nav.previous')}
            <Kbd keys="Alt+ArrowLeft" />
          </a>
        ) : null}
        {next ? (
          <a
            className="button button--quiet button--small"
            href={routes.article(issueId, next.record.id)}
            rel="next"
            title={t('nav.nextTitle', { title: next.title || t('nav.untitled') })}
          >
            {t('nav.next')} <span aria-hidden="true">→</span>
            <Kbd keys="Alt+ArrowRight" />
          </a>
        ) : null}
      </nav>
      <div className="article-header__state">
        <SaveStatus
          state={saveState}
          error={saveError}
          savedAt={savedAt}
          conflict={conflict}
          onSave={onSave}
        />
        <StatusBadge status={status} />
        <button
          type="button"
          className="button button--small"
          disabled={status === 'approved' && saveState === 'saved'}
          title={openFlagCount > 0 ? t('approve.openFlags', { count: openFlagCount }) : undefined}
          onClick={onApprove}
        >
          {status === 'approved' && saveState === 'saved' ? t('approve.done') : t('approve.action')}
        </button>
        <a
          className="button button--quiet button--small"
          href={routes.export(issueId, { kind: 'article', itemId })}
        >
          {t('header.export')}
        </a>
      </div>
    </div>
  );
}
