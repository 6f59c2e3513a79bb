import { useId, useMemo, useState } from 'react';
import { StatusBadge } from '../../../components/status-badge.tsx';
import type { Language } from '../../../core/analysis-types.ts';
import { useLocale, useT } from '../../../lib/i18n.tsx';
import { useRevisions } from '../../../lib/queries/revision-queries.ts';
import type { ItemId, RevisionRecord } from '../../../storage/records.ts';
import { articleToText } from '../model/article-draft.ts';
import { countDiff, diffVersions, hasChanges } from '../model/diff-versions.ts';
import { revisionKey, toHistoryEntries } from '../model/revision-history.ts';
import type { HistoryEntry } from '../model/revision-history.ts';
import { editorMessages } from '../messages.ts';
import { DiffText, diffOptionsFor } from './diff-text.tsx';

type Base = 'previous' | 'original';

function useSavedAtFormat(): (time: number) => string {
  const { locale } = useLocale();
  return useMemo(() => {
    const tag = locale === 'zh' ? 'zh-CN' : 'en-GB';
    const timeOnly = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit' });
    const withDate = new Intl.DateTimeFormat(tag, {
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
    return (time: number) => {
      const today = new Date().toDateString() === new Date(time).toDateString();
      return (today ? timeOnly : withDate).format(time);
    };
  }, [locale]);
}

/** One revision compared with the one before it or with the scanned text, and its restore button. */
function RevisionDetail({
  entry,
  originalText,
  language,
  isCurrent,
  busy,
  onRestore,
}: {
  entry: HistoryEntry;
  originalText: string;
  language: Language;
  isCurrent: boolean;
  busy: boolean;
  onRestore: (revision: RevisionRecord) => void;
}) {
  const t = useT(editorMessages);
  const id = useId();
  const { revision, previous } = entry;
  const [base, setBase] = useState<Base>('previous');
  const parts = useMemo(() => {
    const before = base === 'previous' && previous ? articleToText(previous.content) : originalText;
    return diffVersions(before, articleToText(revision.content), diffOptionsFor(language));
  }, [base, previous, originalText, revision.content, language]);
  const counts = countDiff(parts);
  const titleId = `${id}-title`;
  return (
    <section className="history__detail" aria-labelledby={titleId}>
      <h3 className="history__detail-title" id={titleId}>
        {t('history.revision', { revision: revision.revision })}
      </h3>
      {previous ? (
        <fieldset className="history__base">
          <legend className="history__base-legend">{t('history.compare')}</legend>
          <label className="history__base-choice">
            <input
              type="radio"
              name={`${id}-base`}
              checked={base === 'previous'}
              onChange={() => {
                setBase('previous');
              }}
            />
            {t('history.againstPrevious', { revision: previous.revision })}
          </label>
          <label className="history__base-choice">
            <input
              type="radio"
              name={`${id}-base`}
              checked={base === 'original'}
              onChange={() => {
                setBase('original');
              }}
            />
            {t('history.againstOriginal')}
          </label>
        </fieldset>
      ) : (
        <p className="panel-note">{t('history.firstRevision')}</p>
      )}
      <p className="history__counts">
        {t('history.counts', { inserted: counts.inserted, deleted: counts.deleted })}{' '}
        <span className="history__legend history__legend--inserted">{t('changes.inserted')}</span>{' '}
        <span className="history__legend history__legend--deleted">{t('changes.deleted')}</span>
      </p>
      {hasChanges(parts) ? (
        <DiffText
          parts={parts}
          lang={language}
          className="changes__text history__diff"
          scrollable
        />
      ) : (
        <p className="panel-note">{t('history.noDifference')}</p>
      )}
      {isCurrent ? (
        <p className="panel-note">{t('history.isCurrent')}</p>
      ) : (
        <button
          type="button"
          className="button button--small history__restore"
          disabled={busy}
          onClick={() => {
            onRestore(revision);
          }}
        >
          {t('history.restore')}
        </button>
      )}
    </section>
  );
}

/**
 * The saved revisions of an article, newest first: number, time, who, what changed and the
 * status. The chosen one is compared with the revision before it or with the scanned text, and
 * can be restored (saved again as a new revision).
 */
export function HistoryPanel({
  itemId,
  language,
  originalText,
  currentRevision,
  busy,
  onRestore,
}: {
  itemId: ItemId;
  language: Language;
  originalText: string;
  currentRevision: number;
  busy: boolean;
  onRestore: (revision: RevisionRecord) => void;
}) {
  const t = useT(editorMessages);
  const revisions = useRevisions(itemId);
  const formatTime = useSavedAtFormat();
  const [chosen, setChosen] = useState<string | null>(null);
  const entries = useMemo(() => toHistoryEntries(revisions.data ?? []), [revisions.data]);

  if (revisions.isPending) return <p className="panel-note">{t('history.loading')}</p>;
  if (revisions.error) {
    return (
      <p className="panel-note" role="alert">
        {t('history.error', { message: revisions.error.message })}
      </p>
    );
  }
  if (entries.length === 0) return <p className="panel-note">{t('history.none')}</p>;
  // The newest is shown until another is chosen.
  const selected = entries.find((entry) => revisionKey(entry.revision) === chosen) ?? entries[0];
  const newest = entries[0]?.revision;
  return (
    <div className="history">
      <ol className="history__list" aria-label={t('history.list')}>
        {entries.map((entry) => {
          const { revision } = entry;
          const key = revisionKey(revision);
          const current = revision === newest && revision.revision === currentRevision;
          return (
            <li key={key}>
              <button
                type="button"
                className="history__entry"
                aria-pressed={entry === selected}
                onClick={() => {
                  setChosen(key);
                }}
              >
                <span className="history__entry-head">
                  <span className="history__number">
                    {t('history.revision', { revision: revision.revision })}
                  </span>
                  <time
                    className="history__time"
                    dateTime={new Date(revision.savedAt).toISOString()}
                  >
                    {formatTime(revision.savedAt)}
                  </time>
                  {current ? (
                    <span className="history__current">{t('history.current')}</span>
                  ) : null}
                </span>
                <span className="history__summary">{revision.summary}</span>
                <span className="history__entry-foot">
                  <span className="history__author">
                    {revision.author || t('history.noAuthor')}
                  </span>
                  <StatusBadge status={revision.status} />
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      {selected ? (
        <RevisionDetail
          key={revisionKey(selected.revision)}
          entry={selected}
          originalText={originalText}
          language={language}
          isCurrent={selected.revision === newest && newest.revision === currentRevision}
          busy={busy}
          onRestore={onRestore}
        />
      ) : null}
    </div>
  );
}
