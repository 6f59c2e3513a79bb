import { useSyncExternalStore } from 'react';
import { useLocale } from '../../lib/i18n.tsx';
import { bootMessages, shellMessages } from '../messages.ts';
import type { ConnectionEvents } from './connection-events.ts';

/**
 * A banner over the desk when its database connection changed under it: another tab needs this
 * one to reload (the open work stays visible until the person reloads), or the browser cleared
 * the storage.
 */
export function ConnectionBanner({ events }: { events: ConnectionEvents }) {
  const { locale } = useLocale();
  const state = useSyncExternalStore(events.subscribe, events.get, events.get);
  const m = bootMessages[locale];
  const s = shellMessages[locale];
  if (state.mustReload) {
    return (
      <div className="connection-banner" role="alert">
        <p className="connection-banner__text">
          <strong>{m['blocking.title']}</strong> {m['blocking.body']}
        </p>
        <button
          type="button"
          className="button"
          onClick={() => {
            window.location.reload();
          }}
        >
          {m.reload}
        </button>
      </div>
    );
  }
  if (state.storageCleared) {
    return (
      <div className="connection-banner connection-banner--warn" role="alert">
        <p className="connection-banner__text">
          <strong>{s['storage.clearedTitle']}</strong> {s['storage.clearedBody']}
        </p>
        <button type="button" className="button button--quiet" onClick={events.acknowledgeCleared}>
          {s['storage.clearedDismiss']}
        </button>
      </div>
    );
  }
  return null;
}
