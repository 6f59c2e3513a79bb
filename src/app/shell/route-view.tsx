import { lazy, Suspense } from 'react';
import { ImportPage } from '../../features/import/import-page.tsx';
import type { FirstStartSample } from '../../features/import/use-first-start-sample.ts';
import { LibraryPage } from '../../features/library/library-page.tsx';
import { useT } from '../../lib/i18n.tsx';
import type { Route } from '../../lib/navigation.ts';
import { shellMessages } from '../messages.ts';
import { NotFoundScreen } from './not-found-screen.tsx';

// The issue screens carry the editor and the virtualised lists: loaded when first opened, so the
// library and the import screen start fast.
const SplitsReviewPage = lazy(() =>
  import('../../features/splits-review/splits-review-page.tsx').then((module) => ({
    default: module.SplitsReviewPage,
  })),
);
const ArticleEditorPage = lazy(() =>
  import('../../features/article-editor/article-editor-page.tsx').then((module) => ({
    default: module.ArticleEditorPage,
  })),
);
const SectionReviewPage = lazy(() =>
  import('../../features/section-review/section-review-page.tsx').then((module) => ({
    default: module.SectionReviewPage,
  })),
);

const ExportPage = lazy(() =>
  import('../../features/export/export-page.tsx').then((module) => ({
    default: module.ExportPage,
  })),
);

function ScreenLoading() {
  const t = useT(shellMessages);
  return (
    <p className="screen-loading" role="status">
      {t('loading.screen')}
    </p>
  );
}

/** The screen for the current route. */
export function RouteView({ route, firstStart }: { route: Route; firstStart: FirstStartSample }) {
  switch (route.name) {
    case 'library':
      return <LibraryPage firstStart={firstStart} />;
    case 'import':
      return <ImportPage />;
    case 'splits':
      return (
        <Suspense fallback={<ScreenLoading />}>
          <SplitsReviewPage issueId={route.issueId} />
        </Suspense>
      );
    case 'article':
      return (
        <Suspense fallback={<ScreenLoading />}>
          <ArticleEditorPage issueId={route.issueId} itemId={route.itemId} />
        </Suspense>
      );
    case 'review':
      return (
        <Suspense fallback={<ScreenLoading />}>
          <SectionReviewPage issueId={route.issueId} />
        </Suspense>
      );
    case 'export':
      return (
        <Suspense fallback={<ScreenLoading />}>
          <ExportPage issueId={route.issueId} scope={route.scope} />
        </Suspense>
      );
    case 'not-found':
      return <NotFoundScreen path={route.path} />;
  }
}
