import { useEffect, useId, useRef } from 'react';
import { useLocale, useT } from '../../../lib/i18n.tsx';
import { describeRefusal } from '../api/describe-refusal.ts';
import type { ImportRefusal as Refusal } from '../api/describe-refusal.ts';
import { importMessages } from '../messages.ts';

/** Why the file or text was not imported, prominently, with the way on. */
export function ImportRefusal({
  sourceName,
  refusal,
  onChooseAnother,
  onDismiss,
}: {
  sourceName: string;
  refusal: Refusal;
  onChooseAnother: () => void;
  onDismiss: () => void;
}) {
  const t = useT(importMessages);
  const { locale } = useLocale();
  const titleId = useId();
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    // Announced by role=alert; focused too, so the keyboard is where the next step is.
    panel.current?.focus();
  }, []);
  return (
    <section
      ref={panel}
      className="import-refusal"
      role="alert"
      aria-labelledby={titleId}
      tabIndex={-1}
      data-code={refusal.code}
    >
      <h2 id={titleId} className="import-refusal__title">
        {t('failed.title', { name: sourceName })}
      </h2>
      <p className="import-refusal__message">{describeRefusal(refusal, locale)}</p>
      <p className="import-refusal__note">{t('failed.nothingStored')}</p>
      <div className="import-refusal__actions">
        <button type="button" className="button" onClick={onChooseAnother}>
          {t('failed.again')}
        </button>
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          {t('failed.dismiss')}
        </button>
      </div>
    </section>
  );
}
