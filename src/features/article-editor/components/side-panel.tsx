import { memo, useCallback, useDeferredValue, useId, useMemo, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { useSlateSelector } from 'slate-react';
import { useT } from '../../../lib/i18n.tsx';
import { useShortcut } from '../../../lib/shortcuts.tsx';
import type { Language } from '../../../core/analysis-types.ts';
import type { ArticleFlag, ItemId, RevisionRecord } from '../../../storage/records.ts';
import { articleToText, countFlags } from '../model/article-draft.ts';
import type { ArticleFields } from '../model/article-draft.ts';
import { diffVersions, hasChanges } from '../model/diff-versions.ts';
import { bothLanguages, editorMessages } from '../messages.ts';
import { toBodyBlocks } from '../slate/article-schema.ts';
import { DiffText, diffOptionsFor } from './diff-text.tsx';
import { FlagChange } from './flag-details.tsx';
import { HistoryPanel } from './history-panel.tsx';

/** The tabs of the side panel. */
export type PanelTab = 'flags' | 'original' | 'changes' | 'history';

const TABS: readonly PanelTab[] = ['flags', 'original', 'changes', 'history'];

/** A flag as the list shows it: where it is and whether it can be jumped to. */
export interface ListedFlag {
  /** The flag. */
  flag: ArticleFlag;
  /** Where it is, in words ('Headline', '¶ 3'). */
  place: string;
  /** Open and its text still there. */
  visible: boolean;
}

function isSameList(a: readonly ListedFlag[] | null, b: readonly ListedFlag[]): boolean {
  return (
    a !== null &&
    a.length === b.length &&
    a.every((entry, index) => {
      const other = b[index];
      return (
        other !== undefined &&
        entry.flag === other.flag &&
        entry.place === other.place &&
        entry.visible === other.visible
      );
    })
  );
}

function FlagList({
  flags,
  lang,
  onJump,
  onReopen,
}: {
  flags: readonly ListedFlag[];
  lang: string;
  onJump: (flagId: string) => void;
  onReopen: (flagId: string) => void;
}) {
  const t = useT(editorMessages);
  const open = flags.filter((entry) => entry.visible);
  const closed = flags.filter((entry) => entry.flag.state !== 'open');
  const counts = countFlags(flags.map((entry) => entry.flag));
  if (flags.length === 0) return <p className="panel-note">{t('flags.none')}</p>;
  return (
    <div className="flag-list">
      <p className="flag-list__summary">
        {t('flags.summary', {
          open: open.length,
          applied: counts.applied,
          dismissed: counts.dismissed,
        })}
      </p>
      {open.length === 0 ? (
        <p className="panel-note">{t('flags.allDone')}</p>
      ) : (
        <ol className="flag-list__items">
          {open.map(({ flag, place }) => (
            <li key={flag.id}>
              <button
                type="button"
                className={`flag-list__item flag-list__item--severity-${flag.severity}`}
                onClick={() => {
                  onJump(flag.id);
                }}
              >
                <span className="flag-list__place">{place}</span>
                <FlagChange flag={flag} lang={lang} />
                <span className="flag-list__type">
                  {flag.severity === 2 ? <span aria-hidden="true">▲ </span> : null}
                  {t(`flag.type.${flag.type}`)}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {closed.length > 0 ? (
        <details className="flag-list__closed">
          <summary>
            {t('flags.showClosed')} ({closed.length})
          </summary>
          <ul>
            {closed.map(({ flag, place }) => (
              <li key={flag.id} className="flag-list__closed-item">
                <span className="flag-list__place">{place}</span>
                <FlagChange flag={flag} lang={lang} />
                <span className="flag-list__state">
                  {t(flag.state === 'applied' ? 'flags.stateApplied' : 'flags.stateDismissed')}
                </span>
                {flag.state === 'dismissed' ? (
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    onClick={() => {
                      onReopen(flag.id);
                    }}
                  >
                    {t('flag.reopen')}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

const OriginalText = memo(function OriginalText({
  sourceLines,
  lines,
  lang,
}: {
  sourceLines: readonly string[];
  lines: readonly number[];
  lang: string;
}) {
  const t = useT(editorMessages);
  const from = lines[0] ?? 0;
  const to = lines.at(-1) ?? from;
  return (
    <figure className="original-text">
      <figcaption className="panel-note">{t('original.caption', { from, to })}</figcaption>
      <ol className="original-text__lines" lang={lang}>
        {lines.map((line) => (
          <li key={line} className="original-text__line">
            <span className="original-text__number" aria-label={t('original.line', { line })}>
              {line}
            </span>
            <span className="original-text__text">
              {sourceLines[line - 1]?.replace(/[\f\r]/g, '')}
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
});

function ChangesView({
  original,
  fields,
  language,
}: {
  original: string;
  fields: ArticleFields;
  language: Language;
}) {
  const t = useT(editorMessages);
  const current = useSlateSelector(
    useCallback(
      (editor) => articleToText({ ...fields, body: toBodyBlocks(editor.children).blocks }),
      [fields],
    ),
    undefined,
    { deferred: true },
  );
  // Typing stays fast: the comparison follows the text when the browser has time.
  const deferred = useDeferredValue(current);
  const parts = useMemo(
    () => diffVersions(original, deferred, { ...diffOptionsFor(language), timeoutMs: 150 }),
    [original, deferred, language],
  );
  const changed = hasChanges(parts);
  return (
    <figure className="changes">
      <figcaption className="panel-note">
        {t('changes.caption')}{' '}
        <span className="changes__legend">
          <ins>{t('changes.inserted')}</ins> <del>{t('changes.deleted')}</del>
        </span>
      </figcaption>
      {changed ? (
        <DiffText parts={parts} lang={language} className="changes__text" />
      ) : (
        <p className="panel-note">{t('changes.none')}</p>
      )}
    </figure>
  );
}

/** Flags, the scanned original, the changes and the saved history, as tabs beside the article. */
export function SidePanel({
  tab,
  onTab,
  flags: articleFlags,
  describeFlag,
  onJump,
  onReopen,
  sourceLines,
  itemLines,
  originalText,
  fields,
  language,
  itemId,
  currentRevision,
  restoring,
  onRestore,
}: {
  tab: PanelTab;
  onTab: (tab: PanelTab) => void;
  flags: readonly ArticleFlag[];
  describeFlag: (flag: ArticleFlag) => ListedFlag;
  onJump: (flagId: string) => void;
  onReopen: (flagId: string) => void;
  sourceLines: readonly string[];
  itemLines: readonly number[];
  originalText: string;
  fields: ArticleFields;
  language: Language;
  itemId: ItemId;
  currentRevision: number;
  restoring: boolean;
  onRestore: (revision: RevisionRecord) => void;
}) {
  const t = useT(editorMessages);
  const id = useId();
  const tabRefs = useRef(new Map<PanelTab, HTMLButtonElement>());
  useShortcut({
    keys: 'h',
    description: bothLanguages('shortcut.history'),
    group: bothLanguages('shortcut.group'),
    handler: () => {
      onTab('history');
      tabRefs.current.get('history')?.focus();
    },
  });
  // Follows every edit (a flag whose text is edited away leaves the list), but re-renders only
  // when the list changes, and after the keystroke has been painted.
  const flags = useSlateSelector(
    useCallback(() => articleFlags.map(describeFlag), [articleFlags, describeFlag]),
    isSameList,
    { deferred: true },
  );
  const openCount = flags.filter((entry) => entry.visible).length;
  const label: Record<PanelTab, string> = {
    flags: t('panel.flags'),
    original: t('panel.original'),
    changes: t('panel.changes'),
    history: t('panel.history'),
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length] ?? 'flags';
    onTab(next);
    tabRefs.current.get(next)?.focus();
  };
  return (
    <aside className="side-panel" aria-label={t('panel.label')}>
      <div
        className="side-panel__tabs"
        role="tablist"
        aria-label={t('panel.label')}
        onKeyDown={onKeyDown}
      >
        {TABS.map((name) => (
          <button
            key={name}
            ref={(element) => {
              if (element) tabRefs.current.set(name, element);
              else tabRefs.current.delete(name);
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`${id}-panel`}
            tabIndex={tab === name ? 0 : -1}
            className="side-panel__tab"
            onClick={() => {
              onTab(name);
            }}
          >
            {label[name]}
            {name === 'flags' && openCount > 0 ? (
              <span className="side-panel__count">{openCount}</span>
            ) : null}
          </button>
        ))}
      </div>
      <div
        className="side-panel__body"
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-tab-${tab}`}
        tabIndex={0}
      >
        {tab === 'flags' ? (
          <FlagList flags={flags} lang={language} onJump={onJump} onReopen={onReopen} />
        ) : tab === 'original' ? (
          <OriginalText sourceLines={sourceLines} lines={itemLines} lang={language} />
        ) : tab === 'changes' ? (
          <ChangesView original={originalText} fields={fields} language={language} />
        ) : (
          <HistoryPanel
            itemId={itemId}
            language={language}
            originalText={originalText}
            currentRevision={currentRevision}
            busy={restoring}
            onRestore={onRestore}
          />
        )}
      </div>
    </aside>
  );
}
