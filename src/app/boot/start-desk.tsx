import type { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import type { ReactNode } from 'react';
import type { Root } from 'react-dom/client';
import { detectBrowserLocale } from '../../lib/i18n.tsx';
import type { Locale } from '../../lib/i18n.tsx';
import { openDeskStore } from '../../storage/open-desk-store.ts';
import type { AnalysisClient } from '../../worker/analysis-client.ts';
import { App } from '../app.tsx';
import { AppProviders, LOCALE_SETTING } from '../providers/app-providers.tsx';
import { BootScreen } from './boot-screen.tsx';
import { ConnectionBanner } from './connection-banner.tsx';
import { createConnectionEvents } from './connection-events.ts';

function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'zh';
}

function setDocumentLanguage(locale: Locale): void {
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
}

/**
 * Opens the store, reads the saved interface language and renders the desk into `root`; until
 * then, or instead when IndexedDB cannot be opened, an upgrade waits for another tab or a newer
 * desk has upgraded the database, a full-page screen says what is going on.
 */
export function startDesk({
  root,
  queryClient,
  analysisClient,
}: {
  root: Root;
  queryClient: QueryClient;
  analysisClient: AnalysisClient;
}): void {
  const browserLocale = detectBrowserLocale(navigator.languages);
  const events = createConnectionEvents();
  const render = (node: ReactNode) => {
    root.render(<StrictMode>{node}</StrictMode>);
  };
  setDocumentLanguage(browserLocale);

  const open = async (): Promise<void> => {
    render(<BootScreen problem={{ kind: 'opening' }} locale={browserLocale} />);
    try {
      const store = await openDeskStore({
        onBlocked: () => {
          render(<BootScreen problem={{ kind: 'blocked' }} locale={browserLocale} />);
        },
        onBlocking: events.blocking,
        onTerminated: () => {
          events.terminated();
          // Every screen reads again from the reopened database: what is gone shows as gone,
          // and an open article keeps its text and offers to put its issue back.
          void queryClient.invalidateQueries();
        },
      });
      const saved = await store.getSetting<unknown>(LOCALE_SETTING).catch(() => undefined);
      const locale = isLocale(saved) ? saved : browserLocale;
      setDocumentLanguage(locale);
      render(
        <AppProviders
          queryClient={queryClient}
          analysisClient={analysisClient}
          store={store}
          initialLocale={locale}
        >
          <ConnectionBanner events={events} />
          <App />
        </AppProviders>,
      );
    } catch (error) {
      // The database is at a higher version than this build knows: a newer desk upgraded it.
      if (error instanceof DOMException && error.name === 'VersionError') {
        render(<BootScreen problem={{ kind: 'newer' }} locale={browserLocale} />);
        return;
      }
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      render(
        <BootScreen
          problem={{
            kind: 'failed',
            detail,
            onRetry: () => {
              void open();
            },
          }}
          locale={browserLocale}
        />,
      );
    }
  };
  void open();
}
