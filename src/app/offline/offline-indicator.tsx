import { useSyncExternalStore } from 'react';
import { useT } from '../../lib/i18n.tsx';
import { offlineMessages } from './messages.ts';
import './offline.css';

function subscribe(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** False while the browser says it has no network. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
}

/**
 * Says in the masthead, in words, that the browser is offline and that saving still works (the
 * work goes to this browser's storage, not to a server).
 */
export function OfflineIndicator() {
  const t = useT(offlineMessages);
  const online = useOnline();
  // The live region always exists, so going offline is announced.
  return (
    <p role="status" className="offline-indicator">
      {online ? null : (
        <span className="offline-indicator__badge" title={t('offline.hint')}>
          <strong className="offline-indicator__label">{t('offline.label')}</strong>{' '}
          <span className="offline-indicator__detail">{t('offline.detail')}</span>
        </span>
      )}
    </p>
  );
}
