import { useState } from 'react';
import { useT } from '../../lib/i18n.tsx';
import { useHasUnsavedWork } from '../../lib/unsaved-work.ts';
import { offlineMessages } from './messages.ts';
import { useServiceWorkerUpdate } from './use-service-worker-update.ts';
import './offline.css';

/**
 * Offers a new version of Galley in a small card that never takes the focus and never reloads by
 * itself: "Reload now" saves the unsaved work first, "Later" puts it off until the next version.
 */
export function UpdatePrompt() {
  const t = useT(offlineMessages);
  const { state, applyUpdate } = useServiceWorkerUpdate();
  const unsaved = useHasUnsavedWork();
  const [putOff, setPutOff] = useState(0);
  const shown = state.kind !== 'none' && state.generation !== putOff;
  let body = unsaved ? t('update.bodyUnsaved') : t('update.body');
  if (state.kind === 'reloading') body = t('update.reloading');
  if (state.kind === 'unsaved') body = t('update.unsaved');
  // The live region always exists, so screen readers announce the card when it appears.
  return (
    <div role="status" className="update-prompt-region">
      {shown ? (
        <section
          className={
            state.kind === 'unsaved' ? 'update-prompt update-prompt--warn' : 'update-prompt'
          }
          aria-labelledby="update-prompt-title"
        >
          <h2 id="update-prompt-title" className="update-prompt__title">
            {t('update.title')}
          </h2>
          <p className="update-prompt__body">{body}</p>
          <div className="update-prompt__actions">
            <button
              type="button"
              className="button"
              disabled={state.kind === 'reloading'}
              onClick={() => {
                void applyUpdate();
              }}
            >
              {t('update.reload')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              disabled={state.kind === 'reloading'}
              onClick={() => {
                setPutOff(state.generation);
              }}
            >
              {t('update.later')}
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
