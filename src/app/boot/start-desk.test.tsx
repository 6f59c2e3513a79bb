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

function start(): void {
  act(() => {
    startDesk({
      root,
      queryClient: new QueryClient(),
      analysisClient: {} as AnalysisClient,
    });
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
