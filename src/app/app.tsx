import { useEffect, useRef, useState } from 'react';
import { ToastProvider } from '../components/toast.tsx';
import { useFirstStartSample } from '../features/import/use-first-start-sample.ts';
import { useT } from '../lib/i18n.tsx';
import { navigate, routes, useRoute } from '../lib/navigation.ts';
import type { Route } from '../lib/navigation.ts';
import { useShortcut } from '../lib/shortcuts.tsx';
import { shellMessages } from './messages.ts';
import { UpdatePrompt } from './offline/update-prompt.tsx';
import { Masthead } from './shell/masthead.tsx';
import { RouteErrorBoundary } from './shell/route-error-boundary.tsx';
import { RouteView } from './shell/route-view.tsx';
import { ShortcutOverlay } from './shell/shortcut-overlay.tsx';
import { useDocumentTitle } from './shell/use-document-title.ts';
import { useFileDropGuard } from './shell/use-file-drop-guard.ts';

/** A message in both languages, as shortcut descriptions want it. */
function both(key: keyof (typeof shellMessages)['en']): { en: string; zh: string } {
  return { en: shellMessages.en[key], zh: shellMessages.zh[key] };
}

const EVERYWHERE = both('shortcut.group');

/** A stable key per screen, so the error boundary starts afresh on each. */
function routeKey(route: Route): string {
  switch (route.name) {
    case 'splits':
    case 'review':
    case 'export':
      return `${route.name}:${route.issueId}`;
    case 'article':
      return `article:${route.issueId}:${route.itemId}`;
    case 'not-found':
      return `not-found:${route.path}`;
    default:
      return route.name;
  }
}

/** The desk: masthead, the current screen, the shortcut overlay and the notifications. */
export function App() {
  return (
    <ToastProvider>
      <Desk />
    </ToastProvider>
  );
}

function Desk() {
  const t = useT(shellMessages);
  const route = useRoute();
  const key = routeKey(route);
  const firstStart = useFirstStartSample();
  const [overlayOpen, setOverlayOpen] = useState(false);
  const main = useRef<HTMLElement>(null);
  useDocumentTitle(route);
  useFileDropGuard();

  useShortcut({
    keys: 'Mod+Shift+L',
    description: both('shortcut.library'),
    group: EVERYWHERE,
    allowInEditable: true,
    handler: () => {
      navigate(routes.library());
    },
  });
  useShortcut({
    keys: 'Mod+Shift+U',
    description: both('shortcut.import'),
    group: EVERYWHERE,
    allowInEditable: true,
    handler: () => {
      navigate(routes.import());
    },
  });
  useShortcut({
    keys: '?',
    description: both('shortcut.help'),
    group: EVERYWHERE,
    handler: () => {
      setOverlayOpen(true);
    },
  });

  // A new screen starts at the top, and a keyboard or screen-reader user lands in it, unless the
  // screen itself has already put the focus somewhere (an editor, a list row).
  const previousKey = useRef(key);
  useEffect(() => {
    if (previousKey.current === key) return;
    previousKey.current = key;
    window.scrollTo(0, 0);
    const active = document.activeElement;
    const focusLost = active === null || active === document.body;
    const inMasthead = active instanceof Element && active.closest('.masthead') !== null;
    if (focusLost || inMasthead) main.current?.focus({ preventScroll: true });
  }, [key]);

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // The hash is the router's: move the focus without changing it.
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {t('skip')}
      </a>
      <Masthead
        route={route}
        onShowShortcuts={() => {
          setOverlayOpen(true);
        }}
      />
      <main id="main" ref={main} className="page" tabIndex={-1}>
        <RouteErrorBoundary key={key}>
          <RouteView route={route} firstStart={firstStart} />
        </RouteErrorBoundary>
      </main>
      <ShortcutOverlay
        open={overlayOpen}
        onClose={() => {
          setOverlayOpen(false);
        }}
      />
      <UpdatePrompt />
    </>
  );
}
