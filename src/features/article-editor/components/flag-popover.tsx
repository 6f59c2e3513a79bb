import { useEffect, useId, useLayoutEffect, useRef } from 'react';
import { useT } from '../../../lib/i18n.tsx';
import type { ArticleFlag } from '../../../storage/records.ts';
import { editorMessages } from '../messages.ts';
import { FlagDetails } from './flag-details.tsx';
import type { FlagActions } from './flag-details.tsx';

/** Where the popover points: the flagged text's box in page coordinates. */
export interface PopoverAnchor {
  top: number;
  bottom: number;
  left: number;
}

/**
 * A flag's details next to its text in the body. Opened from the keyboard, the focus moves into it
 * (so F8 then Enter applies); Escape or a click elsewhere closes it, and Escape gives the focus
 * back to the text.
 */
export function FlagPopover({
  flag,
  anchor,
  autoFocus,
  lang,
  actions,
  onClose,
}: {
  flag: ArticleFlag;
  anchor: PopoverAnchor;
  autoFocus: boolean;
  lang: string;
  actions: FlagActions;
  onClose: (returnFocus: boolean) => void;
}) {
  const t = useT(editorMessages);
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const firstButton = useRef<HTMLButtonElement>(null);

  // Placed once its size is known: below the text, or above it when there is no room below.
  useLayoutEffect(() => {
    const element = panel.current;
    if (!element) return;
    const width = element.offsetWidth;
    const height = element.offsetHeight;
    const viewportBottom = window.scrollY + document.documentElement.clientHeight;
    const below = anchor.bottom + 6;
    const above = anchor.top - height - 6;
    const top = below + height > viewportBottom && above > window.scrollY ? above : below;
    const maxLeft = window.scrollX + document.documentElement.clientWidth - width - 8;
    element.style.top = `${top}px`;
    element.style.left = `${Math.max(window.scrollX + 8, Math.min(anchor.left, maxLeft))}px`;
    element.style.visibility = 'visible';
  }, [anchor, flag.id]);

  useEffect(() => {
    if (autoFocus) (firstButton.current ?? panel.current)?.focus({ preventScroll: true });
  }, [flag.id, autoFocus]);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && panel.current?.contains(event.target)) return;
      onClose(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
    };
  }, [onClose]);

  return (
    <div
      ref={panel}
      className="flag-popover"
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      style={{ top: anchor.bottom + 6, left: anchor.left, visibility: 'hidden' }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose(true);
        }
      }}
    >
      <p className="visually-hidden">{t('flag.title')}</p>
      <FlagDetails
        flag={flag}
        lang={lang}
        actions={actions}
        titleId={titleId}
        firstButtonRef={firstButton}
      />
      <button
        type="button"
        className="flag-popover__close"
        aria-label={t('flag.close')}
        onClick={() => {
          onClose(true);
        }}
      >
        ×
      </button>
    </div>
  );
}
