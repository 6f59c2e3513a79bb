import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../lib/i18n.tsx';
import { componentMessages } from './messages.ts';
import './components.css';

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps {
  /** Shown while true. */
  open: boolean;
  /** The question, as the dialog's heading. */
  title: string;
  /** What will happen, in a sentence or two. */
  children?: ReactNode;
  /** The label of the button that goes ahead ("Delete issue"). */
  confirmLabel: string;
  /** The label of the button that goes back; "Cancel" when absent. */
  cancelLabel?: string;
  /** 'danger' paints the confirm button in the correction red. */
  tone?: 'danger' | 'default';
  /** Runs when the person confirms. */
  onConfirm: () => void;
  /** Runs when the person cancels: the cancel button, Escape, or a click on the backdrop. */
  onCancel: () => void;
}

/**
 * A modal question with two answers, on the native `<dialog>`: the page behind is inert (focus
 * stays inside), Escape cancels, and focus returns to where it was when the dialog closes.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  tone = 'default',
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const t = useT(componentMessages);
  const dialog = useRef<HTMLDialogElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      // With undo offered afterwards, going ahead is the quick path: Enter confirms.
      confirmButton.current?.focus();
    }
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="dialog dialog--confirm"
      aria-labelledby={titleId}
      aria-describedby={children ? bodyId : undefined}
      onCancel={(event) => {
        // React state decides whether the dialog is open; Escape only asks.
        event.preventDefault();
        onCancel();
      }}
      onKeyDown={(event) => {
        // Keys pressed in a dialog belong to it, not to the page's shortcuts behind it.
        event.stopPropagation();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onCancel();
      }}
    >
      <div className="dialog__content">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        {children ? (
          <div id={bodyId} className="dialog__body">
            {children}
          </div>
        ) : null}
        <div className="dialog__actions">
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {cancelLabel ?? t('dialog.cancel')}
          </button>
          <button
            type="button"
            className={tone === 'danger' ? 'button button--danger' : 'button'}
            onClick={onConfirm}
            ref={confirmButton}
          >
            {confirmLabel}
          </button>
        </div>
      </div>
    </dialog>
  );
}
