import type { Ref } from 'react';
import { useT } from '../../../lib/i18n.tsx';
import type { ArticleFlag } from '../../../storage/records.ts';
import { editorMessages } from '../messages.ts';

/** What a person can do with an open flag. */
export interface FlagActions {
  /** Replaces the flagged text with the suggestion. */
  onApply: (flag: ArticleFlag) => void;
  /** Keeps the text and closes the flag. */
  onDismiss: (flag: ArticleFlag) => void;
  /** Applies the suggestion to every same open flag of the issue. */
  onApplyAll: (flag: ArticleFlag) => void;
  /** How many same open flags the issue holds (this one included). */
  countSame: (flag: ArticleFlag) => number;
}

/** The flagged text and its suggestion, side by side. */
export function FlagChange({ flag, lang }: { flag: ArticleFlag; lang: string }) {
  return (
    <span className="flag-change" lang={lang}>
      <del className="flag-change__from">{flag.text}</del>
      {flag.suggestion !== null ? (
        <>
          <span className="flag-change__arrow" aria-hidden="true">
            →
          </span>
          <ins className="flag-change__to">{flag.suggestion === '' ? '∅' : flag.suggestion}</ins>
        </>
      ) : null}
    </span>
  );
}

/**
 * One flag's message, confidence and suggestion with its actions; used in the body's popover and
 * under a flagged field.
 */
export function FlagDetails({
  flag,
  lang,
  actions,
  titleId,
  firstButtonRef,
}: {
  flag: ArticleFlag;
  lang: string;
  actions: FlagActions;
  titleId: string;
  firstButtonRef?: Ref<HTMLButtonElement>;
}) {
  const t = useT(editorMessages);
  const same = actions.countSame(flag);
  return (
    <div className={`flag-details flag-details--severity-${flag.severity}`}>
      <p className="flag-details__head">
        <span id={titleId} className="flag-details__type">
          {t(`flag.type.${flag.type}`)}
        </span>
        <span className="flag-details__confidence">
          {t('flag.confidence', { percent: Math.round(flag.confidence * 100) })}
        </span>
      </p>
      <p className="flag-details__change">
        <FlagChange flag={flag} lang={lang} />
      </p>
      <p className="flag-details__message">{flag.message}</p>
      {flag.severity === 2 ? (
        <p className="flag-details__severity">
          <span aria-hidden="true">▲ </span>
          {t('flag.severity2')}
        </p>
      ) : null}
      {flag.suggestion === null ? (
        <p className="flag-details__hint">{t('flag.noSuggestion')}</p>
      ) : null}
      <div className="flag-details__actions">
        {flag.suggestion !== null ? (
          <button
            type="button"
            className="button button--small"
            ref={firstButtonRef}
            onClick={() => {
              actions.onApply(flag);
            }}
          >
            {t('flag.apply')}
          </button>
        ) : null}
        <button
          type="button"
          className="button button--quiet button--small"
          ref={flag.suggestion === null ? firstButtonRef : undefined}
          onClick={() => {
            actions.onDismiss(flag);
          }}
        >
          {t('flag.dismiss')}
        </button>
        {flag.suggestion !== null && same > 1 ? (
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => {
              actions.onApplyAll(flag);
            }}
          >
            {t('flag.applyAll', { count: same })}
          </button>
        ) : null}
      </div>
    </div>
  );
}
