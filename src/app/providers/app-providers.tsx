import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import type { ReactNode } from 'react';
import { AnalysisClientProvider } from '../../lib/analysis-client-context.tsx';
import { I18nProvider } from '../../lib/i18n.tsx';
import type { Locale } from '../../lib/i18n.tsx';
import { startCrossTabSync } from '../../lib/queries/cross-tab-sync.ts';
import { ShortcutProvider } from '../../lib/shortcuts.tsx';
import { GalleyStoreProvider } from '../../lib/store-context.tsx';
import type { GalleyStore } from '../../storage/galley-store.ts';
import type { AnalysisClient } from '../../worker/analysis-client.ts';

/** The setting that keeps the interface language. DO NOT RENAME: people's choice is stored under it. */
export const LOCALE_SETTING = 'locale';

/**
 * Everything the features expect above them: the query cache (kept in step with other tabs), the
 * analysis worker's client, the store, the interface language (saved when changed) and the
 * keyboard shortcut registry.
 */
export function AppProviders({
  queryClient,
  analysisClient,
  store,
  initialLocale,
  children,
}: {
  queryClient: QueryClient;
  analysisClient: AnalysisClient;
  store: GalleyStore;
  initialLocale: Locale;
  children: ReactNode;
}) {
  useEffect(() => startCrossTabSync(queryClient), [queryClient]);
  const saveLocale = useCallback(
    (locale: Locale) => {
      // A language that fails to save is only a preference: the switch has already happened.
      store.setSetting(LOCALE_SETTING, locale).catch(() => undefined);
    },
    [store],
  );
  return (
    <QueryClientProvider client={queryClient}>
      <AnalysisClientProvider client={analysisClient}>
        <GalleyStoreProvider store={store}>
          <I18nProvider initial={initialLocale} onChange={saveLocale}>
            <ShortcutProvider>{children}</ShortcutProvider>
          </I18nProvider>
        </GalleyStoreProvider>
      </AnalysisClientProvider>
    </QueryClientProvider>
  );
}
