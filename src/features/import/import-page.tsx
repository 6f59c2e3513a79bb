import { useId, useRef, useState } from 'react';
import { Kbd } from '../../components/kbd.tsx';
import { useToast } from '../../components/toast.tsx';
import { DEFAULT_MAX_BYTES } from '../../core/decode/decode-text.ts';
import { useLocale, useT } from '../../lib/i18n.tsx';
import { navigate, routes } from '../../lib/navigation.ts';
import { useShortcut } from '../../lib/shortcuts.tsx';
import { formatByteSize } from './api/import-stages.ts';
import { looksLikeBackup, useBackupImport } from './api/use-backup-import.ts';
import { useImportIssue } from './api/use-import-issue.ts';
import { backupMessages } from './backup-messages.ts';
import { BackupReview } from './components/backup-review.tsx';
import { ImportProgress } from './components/import-progress.tsx';
import { ImportRefusal } from './components/import-refusal.tsx';
import { useDocumentPaste } from './components/use-document-paste.ts';
import { useWindowDrop } from './components/use-window-drop.ts';
import { importMessages } from './messages.ts';
import './import.css';

/** The import screen: a file from the picker, a drop anywhere, or pasted text. */
export function ImportPage() {
  const t = useT(importMessages);
  const { locale } = useLocale();
  const { state, importFile: importTextFile, importText, reset } = useImportIssue();
  const tb = useT(backupMessages);
  const toast = useToast();
  const backup = useBackupImport((issue) => {
    toast.show({ message: tb('backup.done', { title: issue.title }) });
    navigate(routes.review(issue.id));
  });
  // A Galley backup is restored; anything else is page text to analyse.
  const importFile = (file: File) => {
    void looksLikeBackup(file).then(
      (isBackup) => {
        if (isBackup) {
          reset();
          backup.offer(file);
        } else {
          backup.reset();
          importTextFile(file);
        }
      },
      () => {
        importTextFile(file);
      },
    );
  };
  const [pasted, setPasted] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const pasteBox = useRef<HTMLTextAreaElement>(null);
  const fileInputId = useId();
  const pasteHintId = useId();
  const formatsId = useId();
  const working =
    state.phase === 'working' ||
    backup.state.phase === 'reading' ||
    backup.state.phase === 'importing';
  const pasteSource = t('paste.source');

  const dragging = useWindowDrop({
    onFile: importFile,
    onText: (text) => {
      importText(text, pasteSource);
    },
  });
  useDocumentPaste({
    onFile: importFile,
    onText: (text) => {
      importText(text, pasteSource);
    },
  });

  const analysePasted = () => {
    if (pasted.trim() !== '' && !working) importText(pasted, pasteSource);
  };
  const group = {
    en: importMessages.en['shortcut.group'],
    zh: importMessages.zh['shortcut.group'],
  };
  useShortcut({
    keys: 'o',
    description: {
      en: importMessages.en['shortcut.choose'],
      zh: importMessages.zh['shortcut.choose'],
    },
    group,
    enabled: !working,
    handler: () => {
      fileInput.current?.click();
    },
  });
  useShortcut({
    keys: 'p',
    description: {
      en: importMessages.en['shortcut.paste'],
      zh: importMessages.zh['shortcut.paste'],
    },
    group,
    handler: () => {
      pasteBox.current?.focus();
    },
  });
  useShortcut({
    keys: 'Mod+Enter',
    description: {
      en: importMessages.en['shortcut.analyse'],
      zh: importMessages.zh['shortcut.analyse'],
    },
    group,
    allowInEditable: true,
    enabled: !working && pasted.trim() !== '',
    handler: analysePasted,
  });

  return (
    <div className="import-screen">
      <header className="import-screen__head">
        <h1 className="screen-title">{t('title')}</h1>
        <p className="screen-lede">{t('lede')}</p>
      </header>

      {state.phase === 'working' ? (
        <ImportProgress
          sourceName={state.sourceName}
          stage={state.stage}
          bytes={state.bytes}
          characters={state.characters}
        />
      ) : null}
      {backup.state.phase === 'reading' ? (
        <p className="backup-reading" role="status">
          {tb('backup.reading', { name: backup.state.sourceName })}
        </p>
      ) : null}
      {backup.state.phase === 'review' || backup.state.phase === 'importing' ? (
        <BackupReview
          sourceName={backup.state.sourceName}
          bytes={backup.state.bytes}
          snapshot={backup.state.snapshot}
          exists={backup.state.exists}
          importing={backup.state.phase === 'importing'}
          onConfirm={backup.confirm}
          onCancel={() => {
            backup.reset();
            fileInput.current?.focus();
          }}
        />
      ) : null}
      {backup.state.phase === 'failed' ? (
        <ImportRefusal
          sourceName={backup.state.sourceName}
          refusal={backup.state.refusal}
          onChooseAnother={() => {
            backup.reset();
            fileInput.current?.click();
          }}
          onDismiss={() => {
            backup.reset();
            fileInput.current?.focus();
          }}
        />
      ) : null}
      {state.phase === 'failed' ? (
        <ImportRefusal
          sourceName={state.sourceName}
          refusal={state.refusal}
          onChooseAnother={() => {
            reset();
            fileInput.current?.click();
          }}
          onDismiss={() => {
            reset();
            fileInput.current?.focus();
          }}
        />
      ) : null}

      <div className="import-sources">
        <section
          className="import-source import-source--file"
          aria-labelledby={`${fileInputId}-title`}
        >
          <h2 id={`${fileInputId}-title`} className="import-source__title">
            {t('file.title')}
          </h2>
          <div className="drop-zone" data-dragging={dragging || undefined}>
            <input
              ref={fileInput}
              id={fileInputId}
              className="visually-hidden drop-zone__input"
              type="file"
              accept=".txt,.text,text/plain,.json,application/json"
              disabled={working}
              aria-describedby={formatsId}
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                // Cleared so that choosing the same file again is a change too.
                event.currentTarget.value = '';
                if (file) importFile(file);
              }}
            />
            <label htmlFor={fileInputId} className="button drop-zone__button">
              {t('file.choose')}
              <span aria-hidden="true">
                <Kbd keys="o" />
              </span>
            </label>
            <p className="drop-zone__hint">{t('file.drop')}</p>
            <p id={formatsId} className="drop-zone__formats">
              {t('file.formats', { limit: formatByteSize(DEFAULT_MAX_BYTES, locale) })}{' '}
              {tb('backup.hint')}
            </p>
          </div>
        </section>

        <section
          className="import-source import-source--paste"
          aria-labelledby={`${pasteHintId}-title`}
        >
          <h2 id={`${pasteHintId}-title`} className="import-source__title">
            {t('paste.title')}
          </h2>
          <form
            className="paste-form"
            onSubmit={(event) => {
              event.preventDefault();
              analysePasted();
            }}
          >
            <label className="paste-form__label" htmlFor={`${pasteHintId}-box`}>
              {t('paste.label')}
            </label>
            <p id={pasteHintId} className="paste-form__hint">
              {t('paste.hint')}
            </p>
            <textarea
              ref={pasteBox}
              id={`${pasteHintId}-box`}
              className="paste-form__box"
              value={pasted}
              placeholder={t('paste.placeholder')}
              aria-describedby={pasteHintId}
              spellCheck={false}
              rows={10}
              onChange={(event) => {
                setPasted(event.currentTarget.value);
              }}
            />
            <div className="paste-form__footer">
              <span className="paste-form__count">
                {t('paste.count', {
                  count: new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en').format(
                    pasted.length,
                  ),
                })}
              </span>
              <button
                type="submit"
                className="button"
                disabled={working || pasted.trim() === ''}
                aria-keyshortcuts="Control+Enter"
              >
                {t('paste.analyse')}
                <span aria-hidden="true">
                  <Kbd keys="Mod+Enter" />
                </span>
              </button>
            </div>
          </form>
        </section>
      </div>

      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-overlay__card">
            <p className="drop-overlay__title">{t('drop.overlay')}</p>
            <p className="drop-overlay__hint">{t('drop.overlayHint')}</p>
          </div>
        </div>
      ) : null}
    </div>
  );
}
