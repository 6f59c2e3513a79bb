import { useId } from 'react';
import { useT } from '../../../lib/i18n.tsx';
import { editorMessages } from '../messages.ts';

/**
 * What the article's storage problem means for the person, and what they can do: the article or
 * its issue is gone from storage (put the issue back, copy the text), or storage is full (save
 * again once there is room, copy the text). The text on screen is never touched.
 */
export function StorageAlert({
  gone,
  full,
  journalFailed,
  puttingBack,
  onPutBack,
  onCopy,
  onRetry,
}: {
  gone: 'issue' | 'article' | null;
  full: boolean;
  journalFailed: boolean;
  puttingBack: boolean;
  onPutBack: () => void;
  onCopy: () => void;
  onRetry: () => void;
}) {
  const t = useT(editorMessages);
  const titleId = useId();
  if (!gone && !full) return null;
  const title = gone === 'issue' ? 'lost.issueTitle' : gone ? 'lost.articleTitle' : 'full.title';
  const body = gone === 'issue' ? 'lost.issueBody' : gone ? 'lost.articleBody' : 'full.body';
  return (
    <section className="storage-alert" role="alert" aria-labelledby={titleId}>
      <h2 className="storage-alert__title" id={titleId}>
        {t(title)}
      </h2>
      <p className="storage-alert__body">{t(body)}</p>
      {journalFailed ? <p className="storage-alert__body">{t('journal.failed')}</p> : null}
      <div className="storage-alert__actions">
        {gone === 'issue' ? (
          <button type="button" className="button" disabled={puttingBack} onClick={onPutBack}>
            {puttingBack ? t('lost.puttingBack') : t('lost.putBack')}
          </button>
        ) : null}
        {!gone ? (
          <button type="button" className="button" onClick={onRetry}>
            {t('full.retry')}
          </button>
        ) : null}
        <button type="button" className="button button--quiet" onClick={onCopy}>
          {t('lost.copy')}
        </button>
      </div>
    </section>
  );
}
