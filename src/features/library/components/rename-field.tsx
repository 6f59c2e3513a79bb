import { useEffect, useId, useRef } from 'react';
import { useT } from '../../../lib/i18n.tsx';
import { libraryMessages } from '../messages.ts';

/** The title of an issue being renamed in place: Enter (or leaving the field) saves, Esc cancels. */
export function RenameField({
  title,
  language,
  onSave,
  onCancel,
}: {
  title: string;
  language: string;
  onSave: (title: string) => void;
  onCancel: () => void;
}) {
  const t = useT(libraryMessages);
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  // Escape and Enter end the edit; the blur that follows must not save a second time.
  const finished = useRef(false);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const save = () => {
    if (finished.current) return;
    finished.current = true;
    const next = input.current?.value.trim() ?? '';
    if (next === '' || next === title) onCancel();
    else onSave(next);
  };
  return (
    <span className="rename-field">
      <input
        ref={input}
        className="rename-field__input"
        type="text"
        defaultValue={title}
        lang={language}
        maxLength={200}
        aria-label={t('rename.label', { title })}
        aria-describedby={hintId}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            save();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            finished.current = true;
            onCancel();
          }
        }}
        onBlur={save}
      />
      <span id={hintId} className="rename-field__hint">
        {t('rename.hint')}
      </span>
    </span>
  );
}
