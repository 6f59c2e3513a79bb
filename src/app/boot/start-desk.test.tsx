// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query';
import { act, cleanup, screen } from '@testing-library/react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionCallbacks } from '../../storage/db.ts';
import type { GalleyStore } from '../../storage/galley-store.ts';
import type { AnalysisClient } from '../../worker/analysis-client.ts';
import { startDesk } from './start-desk.tsx';

const openDeskStore = vi.hoisted(() =>
  vi.fn<(callbacks: ConnectionCallbacks) => Promise<GalleyStore>>(),
);
vi.mock('../../storage/open-desk-store.ts', () => ({ openDeskStore }));

let root: Root;

beforeEach(() => {
  Object.defineProperty(navigator, 'languages', { value: ['en-GB'], configurable: true });
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => {
    root.unmount();
  });
  cleanup();
  openDeskStore.mockReset();
});

function start(queryClient = new QueryClient()): void {
  act(() => {
    startDesk({
      root,
      queryClient,
      analysisClient: {} as AnalysisClient,
    });
  });
}

/** A store with an empty library whose sample was loaded before: enough for the desk to show. */
function emptyStore(): GalleyStore {
  const never = () => new Promise<never>(() => undefined);
  return new Proxy({} as GalleyStore, {
    get: (_target, name) => {
      if (name === 'getSetting') {
        return (key: string) => Promise.resolve(key === 'sampleLoaded' ? true : undefined);
      }
      if (name === 'listIssues') return () => Promise.resolve([]);
      // Not a promise itself.
      if (name === 'then') return undefined;
      return never;
    },
  });
}

describe('startDesk', () => {
  it('says so while the store opens', () => {
    openDeskStore.mockReturnValue(new Promise(() => undefined));
    start();
    expect(screen.getByRole('status').textContent).toBe('Opening the desk…');
  });

  it('asks for the other tab to reload while an upgrade is blocked', async () => {
    openDeskStore.mockImplementation((callbacks) => {
      callbacks.onBlocked?.();
      return new Promise(() => undefined);
    });
    start();
    await act(async () => {
      await Promise.resolve();
    });
    expect(screen.getByRole('alert').textContent).toContain('Another Galley tab needs to reload');
  });

  it('says that a newer Galley upgraded the storage, rather than that it failed', async () => {
    openDeskStore.mockRejectedValue(
      new DOMException(
        'The requested version (1) is less than the existing version (2).',
        'VersionError',
      ),
    );
    start();
    await act(async () => {
      await Promise.resolve();
    });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('This tab is running an older Galley');
    expect(alert.textContent).toContain('Nothing is lost');
    expect(alert.textContent).not.toContain('cannot open its storage');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });

  it('warns when the storage is cleared while open, and has every screen read again', async () => {
    let terminate = (): void => undefined;
    openDeskStore.mockImplementation((callbacks) => {
      terminate = () => callbacks.onTerminated?.();
      return Promise.resolve(emptyStore());
    });
    const queryClient = new QueryClient();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    start(queryClient);
    // The desk shows once the store is open and the language setting read.
    await act(async () => {
      await new Promise((resolve) => {
        setTimeout(resolve, 0);
      });
    });
    expect(screen.getByRole('link', { name: 'Skip to content' })).toBeTruthy();
    expect(screen.queryByText('The browser cleared Galley’s storage.')).toBeNull();
    act(() => {
      terminate();
    });
    expect(
      screen.getByText('The browser cleared Galley’s storage.').closest('[role="alert"]'),
    ).not.toBeNull();
    expect(invalidate).toHaveBeenCalledWith();
  });

  it('explains a store that cannot be opened, and tries again on request', async () => {
    openDeskStore.mockRejectedValue(new DOMException('Access denied', 'UnknownError'));
    start();
    await act(async () => {
      await Promise.resolve();
    });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Galley cannot open its storage');
    expect(alert.textContent).toContain('UnknownError: Access denied');
    await act(async () => {
      screen.getByRole('button', { name: 'Try again' }).click();
      await Promise.resolve();
    });
    expect(openDeskStore).toHaveBeenCalledTimes(2);
  });
});
