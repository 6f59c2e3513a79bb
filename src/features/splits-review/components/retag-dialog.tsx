import { useEffect, useId, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { LineRole } from '../../../core/analysis-types.ts';
import { useT } from '../../../lib/i18n.tsx';
import { LINE_ROLES, splitsMessages } from '../messages.ts';

/**
 * The retag menu for one line, as a modal dialog: arrows and Enter pick a role, Esc closes, and
 * the page's shortcuts wait behind it.
 */
export function RetagDialog({
  line,
  lineText,
  current,
  language,
  onPick,
  onClose,
}: {
  /** The line to retag; null when the dialog is closed. */
  line: number | null;
  lineText: string;
  current: LineRole | null;
  language: string;
  onPick: (role: LineRole) => void;
  onClose: () => void;
}) {
  const t = useT(splitsMessages);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const open = line !== null;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      const current = element.querySelector<HTMLButtonElement>('.retag__option[aria-current]');
      (current ?? element.querySelector<HTMLButtonElement>('.retag__option'))?.focus();
    }
    if (!open && element.open) element.close();
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    // Keys pressed here belong to the menu, not to the page's shortcuts behind it.
    event.stopPropagation();
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const options = [
      ...(dialog.current?.querySelectorAll<HTMLButtonElement>('.retag__option') ?? []),
    ];
    const position = options.findIndex((option) => option === document.activeElement);
    const step = event.key === 'ArrowDown' ? 1 : -1;
    options[(position + step + options.length) % options.length]?.focus();
  };

  return (
    <dialog
      ref={dialog}
      className="dialog retag"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={onKeyDown}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      {open ? (
        <div className="dialog__content">
          <h2 id={titleId} className="dialog__title">
            {t('retag.title', { line })}
          </h2>
          <p className="retag__line" lang={language}>
            {lineText}
          </p>
          <p className="retag__hint">{t('retag.hint')}</p>
          <ul className="retag__options">
            {LINE_ROLES.map((role) => (
              <li key={role}>
                <button
                  type="button"
                  className="retag__option"
                  aria-current={role === current ? 'true' : undefined}
                  onClick={() => {
                    onPick(role);
                  }}
                >
                  <span className={`role-tag role-tag--${role}`}>{t(`role.${role}`)}</span>
                  {role === current ? <span aria-hidden="true">✓</span> : null}
                </button>
              </li>
            ))}
          </ul>
          <div className="dialog__actions">
            <button type="button" className="button button--quiet" onClick={onClose}>
              {t('retag.close')}
            </button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
