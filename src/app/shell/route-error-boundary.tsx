import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { useT } from '../../lib/i18n.tsx';
import { navigate, routes } from '../../lib/navigation.ts';
import { shellMessages } from '../messages.ts';

interface BoundaryState {
  error: Error | null;
}

/**
 * Catches a screen that throws while rendering, so the masthead and the way back stay usable.
 * Keyed by the route in the shell: going to another screen starts afresh.
 */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for a bug report; the screen explains the rest.
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <ScreenCrashed
        error={error}
        onRetry={() => {
          this.setState({ error: null });
        }}
      />
    );
  }
}

function ScreenCrashed({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const t = useT(shellMessages);
  return (
    <section className="state state--error" role="alert" aria-labelledby="screen-crashed-title">
      <h1 id="screen-crashed-title" className="state__title">
        {t('crash.title')}
      </h1>
      <p className="state__message">{t('crash.body')}</p>
      <details className="state__detail">
        <summary>{t('crash.detail')}</summary>
        <pre>{error.message}</pre>
      </details>
      <div className="state__actions">
        <button type="button" className="button" onClick={onRetry}>
          {t('crash.retry')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            navigate(routes.library());
          }}
        >
          {t('crash.back')}
        </button>
      </div>
    </section>
  );
}
