import { useLocale, useT } from '../../../lib/i18n.tsx';
import { routes } from '../../../lib/navigation.ts';
import type { IssueSummary } from '../../../storage/galley-store.ts';
import { libraryMessages } from '../messages.ts';
import { RenameField } from './rename-field.tsx';
import { StatusProgress } from './status-progress.tsx';

/** An issue's date (YYYY-MM-DD) as people read it in the interface language. */
export function formatIssueDate(date: string, locale: 'en' | 'zh'): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(parsed);
}

/** When an issue last changed, as a short date and time. */
export function formatUpdated(time: number, locale: 'en' | 'zh'): string {
  return new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(time));
}

/** One issue in the library table. */
export function IssueRow({
  issue,
  selected,
  renaming,
  onSelect,
  onStartRename,
  onRename,
  onCancelRename,
  onDelete,
}: {
  issue: IssueSummary;
  selected: boolean;
  renaming: boolean;
  onSelect: () => void;
  onStartRename: () => void;
  onRename: (title: string) => void;
  onCancelRename: () => void;
  onDelete: () => void;
}) {
  const t = useT(libraryMessages);
  const { locale } = useLocale();
  const { title, language } = issue;
  return (
    <tr
      className="issue-row"
      data-selected={selected || undefined}
      data-issue-id={issue.id}
      onFocus={onSelect}
      onClick={onSelect}
    >
      <th scope="row" className="issue-row__title-cell">
        {renaming ? (
          <RenameField
            title={title}
            language={language}
            onSave={onRename}
            onCancel={onCancelRename}
          />
        ) : (
          <a
            className="issue-row__title"
            href={routes.splits(issue.id)}
            lang={language}
            data-issue-link={issue.id}
            tabIndex={selected ? 0 : -1}
            aria-keyshortcuts="Enter"
          >
            {title}
          </a>
        )}
        <span className="issue-row__details">
          {issue.paper !== null && !title.includes(issue.paper) ? (
            <span lang={language}>{issue.paper} · </span>
          ) : null}
          <span lang={language}>{issue.sourceName}</span>
          <br />
          {t('updated', { when: formatUpdated(issue.updatedAt, locale) })}
        </span>
      </th>
      <td className="issue-row__date">
        {issue.date !== null ? (
          <time dateTime={issue.date}>{formatIssueDate(issue.date, locale)}</time>
        ) : (
          <span className="issue-row__muted">{t('date.unknown')}</span>
        )}
      </td>
      <td className="issue-row__number">{issue.pages.length}</td>
      <td className="issue-row__number">
        <span className="issue-row__articles">{issue.articleCount}</span>
        <span className="issue-row__muted issue-row__items">
          {t('articles.ofItems', { count: issue.itemCount })}
        </span>
      </td>
      <td className="issue-row__progress">
        <StatusProgress counts={issue.statusCounts} />
      </td>
      <td className="issue-row__language">{t(`language.${language}`)}</td>
      <td className="issue-row__actions">
        <a
          className="button button--small button--quiet"
          href={routes.review(issue.id)}
          aria-label={t('action.reviewLabel', { title })}
          tabIndex={selected ? 0 : -1}
        >
          {t('action.review')}
        </a>
        <button
          type="button"
          className="button button--small button--quiet"
          aria-label={t('action.renameLabel', { title })}
          aria-keyshortcuts="F2"
          tabIndex={selected ? 0 : -1}
          onClick={onStartRename}
        >
          {t('action.rename')}
        </button>
        <button
          type="button"
          className="button button--small button--quiet button--danger-text"
          aria-label={t('action.deleteLabel', { title })}
          aria-keyshortcuts="Delete"
          tabIndex={selected ? 0 : -1}
          onClick={onDelete}
        >
          {t('action.delete')}
        </button>
      </td>
    </tr>
  );
}
