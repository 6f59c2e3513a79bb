import { useEffect, useId, useRef } from 'react';
import { Kbd } from '../../components/kbd.tsx';
import { useLocale, useT } from '../../lib/i18n.tsx';
import { useRegisteredShortcuts } from '../../lib/shortcuts.tsx';
import type { ShortcutDefinition } from '../../lib/shortcuts.tsx';
import { shellMessages } from '../messages.ts';

interface ShortcutRow {
  description: string;
  keys: string[];
}

interface ShortcutGroup {
  name: string;
  rows: ShortcutRow[];
}

/** Groups the registered shortcuts by their group's name; one row per action, its keys together. */
export function groupShortcuts(
  definitions: readonly ShortcutDefinition[],
  locale: 'en' | 'zh',
  everywhere: string,
): ShortcutGroup[] {
  const groups = new Map<string, Map<string, ShortcutRow>>();
  for (const definition of definitions) {
    const name = definition.group[locale];
    const description = definition.description[locale];
    let rows = groups.get(name);
    if (!rows) {
      rows = new Map();
      groups.set(name, rows);
    }
    const row = rows.get(description);
    if (row) {
      if (!row.keys.includes(definition.keys)) row.keys.push(definition.keys);
    } else {
      rows.set(description, { description, keys: [definition.keys] });
    }
  }
  const list = [...groups].map(([name, rows]) => ({ name, rows: [...rows.values()] }));
  // The screen's own keys first, the ones that work everywhere last.
  return [
    ...list.filter((group) => group.name !== everywhere),
    ...list.filter((group) => group.name === everywhere),
  ];
}

/** The `?` overlay: every shortcut the mounted screens offer, grouped, in a modal dialog. */
export function ShortcutOverlay({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT(shellMessages);
  const { locale } = useLocale();
  const shortcuts = useRegisteredShortcuts();
  const dialog = useRef<HTMLDialogElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const introId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      closeButton.current?.focus();
    }
    if (!open && element.open) element.close();
  }, [open]);

  const groups = groupShortcuts(shortcuts, locale, t('shortcut.group'));

  return (
    <dialog
      ref={dialog}
      className="dialog shortcut-overlay"
      aria-labelledby={titleId}
      aria-describedby={introId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        // The page's shortcuts wait while the overlay is open; '?' closes it again.
        event.stopPropagation();
        if (event.key === '?') {
          event.preventDefault();
          onClose();
        }
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="dialog__content">
        <div className="shortcut-overlay__head">
          <h2 id={titleId} className="dialog__title">
            {t('shortcuts.title')}
          </h2>
          <button
            ref={closeButton}
            type="button"
            className="button button--quiet"
            onClick={onClose}
          >
            {t('shortcuts.close')}
            <span aria-hidden="true">
              <Kbd keys="Escape" />
            </span>
          </button>
        </div>
        <p id={introId} className="shortcut-overlay__intro">
          {t('shortcuts.intro')}
        </p>
        {open ? (
          <div className="shortcut-overlay__groups">
            {groups.length === 0 ? <p>{t('shortcuts.none')}</p> : null}
            {groups.map((group) => (
              <section key={group.name} className="shortcut-overlay__group">
                <h3 className="shortcut-overlay__group-title">{group.name}</h3>
                <dl className="shortcut-list">
                  {group.rows.map((row) => (
                    <div key={row.description} className="shortcut-list__row">
                      <dt className="shortcut-list__keys">
                        <Kbd keys={row.keys} />
                      </dt>
                      <dd className="shortcut-list__action">{row.description}</dd>
                    </div>
                  ))}
                </dl>
              </section>
            ))}
          </div>
        ) : null}
      </div>
    </dialog>
  );
}
