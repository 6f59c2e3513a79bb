import { formatMessage } from '../../lib/i18n.tsx';
import type { Locale } from '../../lib/i18n.tsx';
import { bootMessages } from '../messages.ts';

/** What the desk is doing before (or instead of) showing its screens. */
export type BootProblem =
  | { kind: 'opening' }
  | { kind: 'blocked' }
  | { kind: 'newer' }
  | { kind: 'failed'; detail: string; onRetry: () => void };

/**
 * A full-page screen shown while the store opens, or when it cannot: IndexedDB refused, an
 * upgrade waits for another tab, or a newer version of the desk has upgraded the database. It has no providers above it, so it takes the language directly.
 */
export function BootScreen({ problem, locale }: { problem: BootProblem; locale: Locale }) {
  const m = bootMessages[locale];
  const t = (key: keyof typeof m) => formatMessage(m[key]);
  return (
    <main className="boot" lang={locale === 'zh' ? 'zh-CN' : 'en'}>
      <p className="boot__brand">Galley</p>
      {problem.kind === 'opening' ? (
        <p className="boot__opening" role="status">
          {t('opening')}
        </p>
      ) : null}
      {problem.kind === 'blocked' ? (
        <section className="state state--warn" role="alert" aria-labelledby="boot-title">
          <h1 id="boot-title" className="state__title">
            {t('blocked.title')}
          </h1>
          <p className="state__message">{t('blocked.body')}</p>
        </section>
      ) : null}
      {problem.kind === 'newer' ? (
        <section className="state state--warn" role="alert" aria-labelledby="boot-title">
          <h1 id="boot-title" className="state__title">
            {t('newer.title')}
          </h1>
          <p className="state__message">{t('newer.body')}</p>
          <p className="state__message">{t('newer.action')}</p>
          <div className="state__actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                window.location.reload();
              }}
            >
              {t('reload')}
            </button>
          </div>
        </section>
      ) : null}
      {problem.kind === 'failed' ? (
        <section className="state state--error" role="alert" aria-labelledby="boot-title">
          <h1 id="boot-title" className="state__title">
            {t('failed.title')}
          </h1>
          <p className="state__message">{t('failed.body')}</p>
          <p className="state__message">{t('failed.private')}</p>
          <details className="state__detail">
            <summary>{t('failed.detail')}</summary>
            <pre>{problem.detail}</pre>
          </details>
          <div className="state__actions">
            <button type="button" className="button" onClick={problem.onRetry}>
              {t('failed.retry')}
            </button>
          </div>
        </section>
      ) : null}
    </main>
  );
}
