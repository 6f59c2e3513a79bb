// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShortcutProvider } from '../lib/shortcuts.tsx';
import { ToastProvider, useToast } from './toast.tsx';
import type { ToastOptions } from './toast.tsx';

function Trigger({ options }: { options: ToastOptions }) {
  const toast = useToast();
  return (
    <button type="button" onClick={() => toast.show(options)}>
      show
    </button>
  );
}

function renderWithToasts(options: ToastOptions) {
  render(
    <ShortcutProvider>
      <ToastProvider>
        <Trigger options={options} />
      </ToastProvider>
    </ShortcutProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'show' }));
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('toasts', () => {
  it('announce a message in the polite live region and go after their time', () => {
    vi.useFakeTimers();
    renderWithToasts({ message: 'Saved.', durationMs: 1000 });
    expect(screen.getByRole('status').textContent).toContain('Saved.');
    act(() => {
      vi.advanceTimersByTime(1001);
    });
    expect(screen.queryByText('Saved.')).toBeNull();
  });

  it('announce errors assertively', () => {
    renderWithToasts({ message: 'Not saved.', tone: 'error' });
    expect(screen.getByRole('alert').textContent).toContain('Not saved.');
  });

  it('run their action from the button, once, and close', () => {
    const onAction = vi.fn();
    renderWithToasts({ message: 'Deleted.', action: { label: 'Undo', onAction } });
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onAction).toHaveBeenCalledOnce();
    expect(screen.queryByText('Deleted.')).toBeNull();
  });

  it('run their action from the z key', () => {
    const onAction = vi.fn();
    renderWithToasts({ message: 'Deleted.', action: { label: 'Undo', onAction } });
    fireEvent.keyDown(document.body, { key: 'z' });
    expect(onAction).toHaveBeenCalledOnce();
    fireEvent.keyDown(document.body, { key: 'z' });
    expect(onAction).toHaveBeenCalledOnce();
  });

  it('can be dismissed', () => {
    renderWithToasts({ message: 'Saved.' });
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('Saved.')).toBeNull();
  });
});
