import { diffChars, diffLines } from 'diff';
import type { ChangeObject } from 'diff';
import { useEffect, useId, useMemo, useRef } from 'react';
import { useLocale, useT } from '../../../lib/i18n.tsx';
import type { ArticleContent } from '../../../storage/records.ts';
import { articleToText, countCharacters } from '../model/article-draft.ts';
import { editorMessages } from '../messages.ts';

/** One side of the comparison: its text, with what only it has marked. */
function Version({
  title,
  content,
  parts,
  side,
  lang,
}: {
  title: string;
  content: ArticleContent;
  parts: readonly ChangeObject<string>[];
  side: 'mine' | 'theirs';
  lang: string;
}) {
  const t = useT(editorMessages);
  const text = articleToText(content);
  const own = side === 'mine' ? 'removed' : 'added';
  const other = side === 'mine' ? 'added' : 'removed';
  return (
    <section className="conflict__version">
      <h3 className="conflict__version-title">{title}</h3>
      <p className="conflict__headline" lang={lang}>
        {content.headline}
      </p>
      <p className="conflict__count">{t('body.chars', { count: countCharacters(text) })}</p>
      <pre className="conflict__text" lang={lang} tabIndex={0}>
        {parts.map((part, index) =>
          part[other] ? null : part[own] ? (
            <mark key={index} className="conflict__only">
              {part.value}
            </mark>
          ) : (
            <span key={index}>{part.value}</span>
          ),
        )}
      </pre>
    </section>
  );
}

/**
 * Both versions of an article that two tabs saved, side by side; the person chooses which stays
 * current. Neither is lost: the one not chosen stays in the article's history. Escape does not
 * close it, since closing would leave the choice unmade. `recovered`: "mine" comes from the draft
 * journal of a page that closed unsaved, so the newer version may be this tab's own last save.
 */
export function ConflictDialog({
  mine,
  theirs,
  theirsSavedAt,
  lang,
  busy,
  recovered = false,
  onKeepMine,
  onTakeTheirs,
}: {
  mine: ArticleContent;
  theirs: ArticleContent;
  theirsSavedAt: number;
  lang: string;
  busy: boolean;
  recovered?: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const t = useT(editorMessages);
  const { locale } = useLocale();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => {
      element?.close();
    };
  }, []);

  // What differs between the two is marked on each side.
  const parts = useMemo(() => {
    const before = articleToText(mine);
    const after = articleToText(theirs);
    return diffChars(before, after, { timeout: 200 }) ?? diffLines(before, after);
  }, [mine, theirs]);

  const time = new Date(theirsSavedAt).toLocaleTimeString(locale === 'zh' ? 'zh-CN' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });
  return (
    <dialog
      ref={dialog}
      className="dialog conflict"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
      }}
      onKeyDown={(event) => {
        // The page's shortcuts stay behind the dialog.
        event.stopPropagation();
      }}
    >
      <div className="dialog__content">
        <h2 id={titleId} className="dialog__title">
          {t(recovered ? 'conflict.titleRecovered' : 'conflict.title')}
        </h2>
        <p id={bodyId} className="dialog__body">
          {t(recovered ? 'conflict.bodyRecovered' : 'conflict.body')}
        </p>
        <div className="conflict__versions">
          <Version
            title={t(recovered ? 'conflict.mineRecovered' : 'conflict.mine')}
            content={mine}
            parts={parts}
            side="mine"
            lang={lang}
          />
          <Version
            title={t('conflict.theirs', { time })}
            content={theirs}
            parts={parts}
            side="theirs"
            lang={lang}
          />
        </div>
        <div className="dialog__actions">
          <button
            type="button"
            className="button button--quiet"
            disabled={busy}
            onClick={onTakeTheirs}
          >
            {t('conflict.takeTheirs')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={onKeepMine}>
            {t('conflict.keepMine')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
