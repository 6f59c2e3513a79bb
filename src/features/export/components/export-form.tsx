import { useId, useMemo, useState } from 'react';
import { Kbd } from '../../../components/kbd.tsx';
import { kindLabel } from '../../../components/kind-badge.tsx';
import { statusLabel } from '../../../components/status-badge.tsx';
import { EXPORT_FORMATS } from '../../../core/export/export-snapshot.ts';
import type { ExportFormat, ExportScope } from '../../../core/export/export-snapshot.ts';
import { useLocale, useT } from '../../../lib/i18n.tsx';
import { useExportIssue } from '../../../lib/queries/export-queries.ts';
import { useShortcut } from '../../../lib/shortcuts.tsx';
import type { IssueRecord, ItemRecord } from '../../../storage/records.ts';
import { downloadFile } from '../download-file.ts';
import { exportMessages } from '../messages.ts';
import { articleGroups, formatFileSize, itemTitle, pageChoices } from '../model/export-choices.ts';

type ScopeKind = ExportScope['kind'];

/** The export form: what (issue, page, article), which format, and the download. */
export function ExportForm({
  issue,
  items,
  initialScope,
}: {
  issue: IssueRecord;
  items: readonly ItemRecord[];
  initialScope: ExportScope;
}) {
  const t = useT(exportMessages);
  const { locale } = useLocale();
  const id = useId();
  const exporting = useExportIssue();
  const lang = issue.language;

  const pages = useMemo(() => pageChoices(issue.pages, items), [issue.pages, items]);
  const groups = useMemo(() => articleGroups(items), [items]);
  const choices = useMemo(() => groups.flatMap((group) => group.choices), [groups]);

  const linkedArticleGone =
    initialScope.kind === 'article' && !choices.some((c) => c.id === initialScope.itemId);
  const [kind, setKind] = useState<ScopeKind>(initialScope.kind);
  const [page, setPage] = useState<number | null>(() =>
    initialScope.kind === 'page' && pages.some((p) => p.number === initialScope.page)
      ? initialScope.page
      : (pages[0]?.number ?? null),
  );
  const [itemId, setItemId] = useState(() =>
    initialScope.kind === 'article' && !linkedArticleGone ? initialScope.itemId : '',
  );
  // An issue's backup by default; a page or an article most often goes on to Word.
  const [format, setFormat] = useState<ExportFormat>(
    initialScope.kind === 'issue' ? 'json' : 'docx',
  );
  const [downloaded, setDownloaded] = useState<{ name: string; bytes: number } | null>(null);

  const chosen = choices.find((choice) => choice.id === itemId);
  const scope: ExportScope | null =
    kind === 'issue'
      ? { kind: 'issue' }
      : kind === 'page'
        ? page === null
          ? null
          : { kind: 'page', page }
        : chosen
          ? { kind: 'article', itemId: chosen.id }
          : null;

  /** Any change of choice clears the last outcome, so what is shown is about what is chosen. */
  const changed = () => {
    exporting.reset();
    setDownloaded(null);
  };

  const download = () => {
    if (scope === null || exporting.isPending) return;
    setDownloaded(null);
    exporting.mutate(
      { issueId: issue.id, format, scope },
      {
        onSuccess: (file) => {
          downloadFile(file);
          setDownloaded({ name: file.name, bytes: file.bytes.byteLength });
        },
      },
    );
  };

  useShortcut({
    keys: 'Mod+Enter',
    description: {
      en: exportMessages.en['shortcut.download'],
      zh: exportMessages.zh['shortcut.download'],
    },
    group: { en: exportMessages.en['shortcut.group'], zh: exportMessages.zh['shortcut.group'] },
    allowInEditable: true,
    enabled: scope !== null,
    handler: download,
  });

  const what =
    scope === null
      ? null
      : scope.kind === 'issue'
        ? t('what.issue')
        : scope.kind === 'page'
          ? t('what.page', { number: scope.page })
          : t('what.article', { title: chosen ? itemTitle(chosen.record, 24) : '' });
  const size = downloaded
    ? formatFileSize(downloaded.bytes, locale === 'zh' ? 'zh-CN' : 'en')
    : null;
  const sizeText =
    size === null
      ? ''
      : t(size.unit === 'bytes' ? 'size.bytes' : size.unit === 'kB' ? 'size.kb' : 'size.mb', {
          count: size.count,
        });
  const readableCount = choices.length;
  const countItems = (count: number) =>
    count === 1 ? t('count.itemsOne') : t('count.items', { count });

  return (
    <form
      className="export-form"
      onSubmit={(event) => {
        event.preventDefault();
        download();
      }}
    >
      <fieldset className="export-panel">
        <legend className="export-panel__legend">{t('scope.legend')}</legend>

        <div className="export-choice">
          <input
            id={`${id}-issue`}
            type="radio"
            name={`${id}-scope`}
            value="issue"
            checked={kind === 'issue'}
            onChange={() => {
              setKind('issue');
              changed();
            }}
          />
          <label htmlFor={`${id}-issue`} className="export-choice__label">
            {t('scope.issue')}
            <span className="export-choice__hint">
              {t('scope.issueHint', {
                items: countItems(readableCount),
                pages:
                  pages.length === 1
                    ? t('count.pagesOne')
                    : t('count.pages', { count: pages.length }),
              })}
            </span>
          </label>
        </div>

        <div className="export-choice">
          <input
            id={`${id}-page`}
            type="radio"
            name={`${id}-scope`}
            value="page"
            checked={kind === 'page'}
            disabled={pages.length === 0}
            onChange={() => {
              setKind('page');
              changed();
            }}
          />
          <label htmlFor={`${id}-page`} className="export-choice__label">
            {t('scope.page')}
          </label>
          {pages.length > 0 ? (
            <select
              className="export-choice__select"
              aria-label={t('scope.pageSelect')}
              value={page ?? ''}
              onChange={(event) => {
                setPage(Number(event.currentTarget.value));
                setKind('page');
                changed();
              }}
            >
              {pages.map((choice) => (
                <option key={choice.number} value={choice.number}>
                  {choice.section
                    ? t('scope.pageOptionSection', {
                        number: choice.number,
                        section: choice.section,
                      })
                    : t('scope.pageOption', { number: choice.number })}
                  {' — '}
                  {countItems(choice.count)}
                </option>
              ))}
            </select>
          ) : (
            <span className="export-choice__hint">{t('scope.noPages')}</span>
          )}
        </div>

        <div className="export-choice">
          <input
            id={`${id}-article`}
            type="radio"
            name={`${id}-scope`}
            value="article"
            checked={kind === 'article'}
            disabled={choices.length === 0}
            onChange={() => {
              setKind('article');
              changed();
            }}
          />
          <label htmlFor={`${id}-article`} className="export-choice__label">
            {t('scope.article')}
          </label>
          <select
            className="export-choice__select export-choice__select--wide"
            aria-label={t('scope.articleSelect')}
            aria-describedby={linkedArticleGone ? `${id}-gone` : undefined}
            value={itemId}
            disabled={choices.length === 0}
            onChange={(event) => {
              setItemId(event.currentTarget.value);
              setKind('article');
              changed();
            }}
          >
            <option value="">{t('scope.articlePick')}</option>
            {groups.map((group) => (
              <optgroup key={group.page} label={t('scope.pageOption', { number: group.page })}>
                {group.choices.map((choice) => (
                  <option key={choice.id} value={choice.id}>
                    {`${choice.title || t('scope.untitled')} — ${kindLabel(choice.record.item.kind, locale)}, ${statusLabel(choice.record.status, locale)}`}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          {linkedArticleGone && itemId === '' ? (
            <p id={`${id}-gone`} className="export-choice__warning">
              {t('scope.articleGone')}
            </p>
          ) : null}
          {chosen ? (
            <p className="export-choice__chosen" lang={lang}>
              {chosen.title || t('scope.untitled')}
            </p>
          ) : null}
        </div>
      </fieldset>

      <fieldset className="export-panel">
        <legend className="export-panel__legend">{t('format.legend')}</legend>
        <div className="export-formats">
          {EXPORT_FORMATS.map((candidate) => (
            <div key={candidate} className="export-format" data-format={candidate}>
              <input
                id={`${id}-format-${candidate}`}
                type="radio"
                name={`${id}-format`}
                value={candidate}
                checked={format === candidate}
                aria-describedby={`${id}-format-${candidate}-about`}
                onChange={() => {
                  setFormat(candidate);
                  changed();
                }}
              />
              <label htmlFor={`${id}-format-${candidate}`} className="export-format__name">
                {t(`format.${candidate}.name`)}
              </label>
              <p id={`${id}-format-${candidate}-about`} className="export-format__about">
                {t(`format.${candidate}.about`)}
              </p>
            </div>
          ))}
        </div>
      </fieldset>

      <div className="export-actions">
        <button
          type="submit"
          className="button export-actions__download"
          disabled={scope === null || exporting.isPending}
          aria-keyshortcuts="Control+Enter"
        >
          {exporting.isPending
            ? t('action.working')
            : what === null
              ? t('action.choose')
              : t('action.download', { what, format: t(`format.${format}.name`) })}
          <span aria-hidden="true">
            <Kbd keys="Mod+Enter" />
          </span>
        </button>
        <p className="export-actions__status" role="status">
          {downloaded ? t('done.downloaded', { name: downloaded.name, size: sizeText }) : ''}
        </p>
        {exporting.error ? (
          <p className="export-actions__error" role="alert">
            {t('error.export', { message: exporting.error.message })}
          </p>
        ) : null}
        <p className="export-actions__note">{t('saved.note')}</p>
      </div>
    </form>
  );
}
