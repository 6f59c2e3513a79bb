// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../lib/i18n.tsx';
import type { Locale } from '../../lib/i18n.tsx';
import { notifyUnsavedWorkChanged, registerUnsavedWork } from '../../lib/unsaved-work.ts';
import type { UpdateState } from './create-update-controller.ts';
import { UpdatePrompt } from './update-prompt.tsx';

/** What the mocked hook returns; the tests set `state`. */
interface FakeUpdate {
  state: UpdateState;
  applyUpdate: () => Promise<void>;
}
const applyUpdate = vi.hoisted(() => vi.fn(() => Promise.resolve()));
const update: FakeUpdate = vi.hoisted(() => ({ state: { kind: 'none' }, applyUpdate }));
vi.mock('./use-service-worker-update.ts', () => ({
  useServiceWorkerUpdate: () => update,
}));

function show(state: UpdateState, locale: Locale = 'en') {
  update.state = state;
  return render(
    <I18nProvider initial={locale}>
      <UpdatePrompt />
    </I18nProvider>,
  );
}

afterEach(() => {
  cleanup();
  applyUpdate.mockClear();
});

describe('UpdatePrompt', () => {
  it('shows nothing but its live region while there is no new version', () => {
    show({ kind: 'none' });
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('offers the new version politely, and reloads only when asked', () => {
    show({ kind: 'ready', generation: 1 });
    const prompt = screen.getByRole('region', { name: 'A new version of Galley is ready' });
    expect(prompt.textContent).toContain('Nothing reloads until you choose to.');
    expect(applyUpdate).not.toHaveBeenCalled();
    act(() => {
      screen.getByRole('button', { name: 'Reload now' }).click();
    });
    expect(applyUpdate).toHaveBeenCalledTimes(1);
  });

  it('says that unsaved changes are saved first', () => {
    const unregister = registerUnsavedWork({
      hasUnsaved: () => true,
      flush: () => Promise.resolve(),
    });
    try {
      show({ kind: 'ready', generation: 1 });
      act(() => {
        notifyUnsavedWorkChanged();
      });
      expect(screen.getByRole('region').textContent).toContain(
        'Your unsaved changes are saved first, then Galley reloads.',
      );
    } finally {
      unregister();
    }
  });

  it('goes away on "Later" and comes back for the next version', () => {
    const { rerender } = show({ kind: 'ready', generation: 1 });
    act(() => {
      screen.getByRole('button', { name: 'Later' }).click();
    });
    expect(screen.queryByRole('region')).toBeNull();

    update.state = { kind: 'ready', generation: 2 };
    rerender(
      <I18nProvider initial="en">
        <UpdatePrompt />
      </I18nProvider>,
    );
    expect(screen.getByRole('region', { name: 'A new version of Galley is ready' })).toBeTruthy();
  });

  it('says why it did not reload when the work could not be saved', () => {
    show({ kind: 'unsaved', generation: 1 });
    expect(screen.getByRole('region').textContent).toContain(
      'Your latest changes could not be saved, so Galley did not reload.',
    );
    expect(screen.getByRole('button', { name: 'Reload now' })).toHaveProperty('disabled', false);
  });

  it('speaks Chinese', () => {
    show({ kind: 'reloading', generation: 1 }, 'zh');
    expect(screen.getByRole('region', { name: 'Galley 新版本已就绪' }).textContent).toContain(
      '正在保存你的修改，随后重新载入…',
    );
    expect(screen.getByRole('button', { name: '立即重新载入' })).toHaveProperty('disabled', true);
  });
});
