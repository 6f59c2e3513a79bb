import { memo, useId } from 'react';
import type { Item, ItemKind, Language, LineRole } from '../../../core/analysis-types.ts';
import { Kbd } from '../../../components/kbd.tsx';
import { kindLabel } from '../../../components/kind-badge.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { useLocale, useT } from '../../../lib/i18n.tsx';
import { routes } from '../../../lib/navigation.ts';
import type { ItemId, ItemStatus } from '../../../storage/records.ts';
import type { Selection, SplitReviewActions } from '../hooks/use-split-review.ts';
import { LINE_ROLES, splitsMessages } from '../messages.ts';
import { isUndecided } from '../model/review-queue.ts';
import { ConfidenceMeter } from './confidence-meter.tsx';
import { formatLineRange } from './format-lines.ts';

/** Item kinds in the order of their number keys. */
export const KIND_KEYS: readonly ItemKind[] = ['article', 'teaser', 'photo', 'furniture'];

/** The selected split in full: kind, status, reasons, actions, and the line under the cursor. */
export const ItemDetails = memo(function ItemDetails({
  item,
  itemIndex,
  status,
  id,
  issueId,
  selection,
  cursorRole,
  cursorText,
  language,
  actions,
  onRetagMenu,
}: {
  item: Item | undefined;
  itemIndex: number;
  status: ItemStatus;
  id: ItemId | null;
  issueId: string;
  selection: Selection;
  /** Role of the cursor line in its item, null when no item holds it. */
  cursorRole: LineRole | null;
  cursorText: string;
  language: Language;
  actions: SplitReviewActions;
  onRetagMenu: () => void;
}) {
  const t = useT(splitsMessages);
  const { locale } = useLocale();
  const headingId = useId();
  const roleId = useId();
  if (!item) {
    return (
      <section className="side-section details" aria-labelledby={headingId}>
        <h2 id={headingId} className="side-section__title">
          {t('details.title')}
        </h2>
        <p className="details__none">{t('details.none')}</p>
      </section>
    );
  }
  const number = itemIndex + 1;
  return (
    <section className="side-section details" aria-labelledby={headingId}>
      <div className="side-section__head">
        <h2 id={headingId} className="side-section__title">
          {t('details.title')} <span className="details__number">{number}</span>
        </h2>
        <ConfidenceMeter value={item.confidence} label={t('details.confidence')} />
      </div>
      <dl className="details__facts">
        <div>
          <dt>{t('details.status')}</dt>
          <dd>
            <StatusBadge status={status} />
          </dd>
        </div>
        <div>
          <dt>{t('details.lines')}</dt>
          <dd>{formatLineRange(item.startLine, item.endLine)}</dd>
        </div>
      </dl>
      <fieldset className="segmented segmented--kinds">
        <legend className="details__legend">{t('details.kind')}</legend>
        {KIND_KEYS.map((kind, index) => (
          <label key={kind} className="segmented__option">
            <input
              type="radio"
              name="split-item-kind"
              value={kind}
              checked={item.kind === kind}
              aria-keyshortcuts={String(index + 1)}
              onChange={() => {
                actions.setKind(kind, itemIndex);
              }}
            />
            <span>
              {kindLabel(kind, locale)}
              <span className="segmented__key" aria-hidden="true">
                {index + 1}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="details__actions">
        <button
          type="button"
          className="button button--small"
          disabled={!isUndecided(status)}
          onClick={() => {
            actions.accept(itemIndex);
          }}
        >
          {t('action.accept')} <Kbd keys="a" />
        </button>
        {id ? (
          <a className="button button--small button--quiet" href={routes.article(issueId, id)}>
            {t('action.open')}
          </a>
        ) : null}
      </div>
      {item.reasons.length > 0 ? (
        <>
          <h3 className="details__subtitle">{t('details.reasons')}</h3>
          <ul className="details__reasons" lang="en">
            {item.reasons.map((reason, index) => (
              <li key={index}>{reason}</li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="details__cursor">
        <h3 className="details__subtitle">
          {t('details.cursor', { line: selection.line })}{' '}
          {cursorRole ? <RoleTag role={cursorRole} /> : null}
        </h3>
        <p className="details__cursor-text" lang={language}>
          {cursorText}
        </p>
        <p className="details__hint">{t('details.cursorHint')}</p>
        <div className="details__cursor-actions">
          <label htmlFor={roleId} className="details__label">
            {t('details.retag', { line: selection.line })}
          </label>
          <select
            id={roleId}
            className="details__select"
            value={cursorRole ?? ''}
            disabled={cursorRole === null}
            onChange={(event) => {
              actions.retag(event.target.value as LineRole, selection.line);
            }}
          >
            {LINE_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--small button--quiet"
            disabled={cursorRole === null}
            onClick={onRetagMenu}
          >
            {t('action.retag')} <Kbd keys="t" />
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            disabled={cursorRole === null || selection.line === item.startLine}
            onClick={actions.splitAtCursor}
          >
            {t('action.split', { line: selection.line })} <Kbd keys="s" />
          </button>
        </div>
      </div>
    </section>
  );
});

function RoleTag({ role }: { role: LineRole }) {
  const t = useT(splitsMessages);
  return <span className="role-tag">{t(`role.${role}`)}</span>;
}
