import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaveScheduler } from './save-scheduler.ts';
import type { SaveState } from './save-scheduler.ts';

describe('createSaveScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function setup(save: () => Promise<void>) {
    const states: SaveState[] = [];
    const scheduler = createSaveScheduler({
      save,
      delayMs: 600,
      report: (report) => states.push(report.state),
    });
    return { scheduler, states };
  }

  it('saves once, 600 ms after the last edit, and says saved only after the write', async () => {
    let commit: () => void = () => undefined;
    const save = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          commit = resolve;
        }),
    );
    const { scheduler, states } = setup(save);
    scheduler.markDirty();
    await vi.advanceTimersByTimeAsync(400);
    scheduler.markDirty();
    await vi.advanceTimersByTimeAsync(400);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(save).toHaveBeenCalledTimes(1);
    expect(states.at(-1)).toBe('saving');
    commit();
    await vi.advanceTimersByTimeAsync(0);
    expect(states).toEqual(['unsaved', 'saving', 'saved']);
  });

  it('saves when the delay has passed even if the clock was set back meanwhile', async () => {
    const save = vi.fn(() => Promise.resolve());
    let clock = 1_000_000;
    const scheduler = createSaveScheduler({
      save,
      delayMs: 600,
      report: () => undefined,
      now: () => clock,
    });
    scheduler.markDirty();
    clock -= 3_600_000;
    await vi.advanceTimersByTimeAsync(600);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('saves edits made during a save right after it, never two at once', async () => {
    const commits: (() => void)[] = [];
    let running = 0;
    let most = 0;
    const save = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          running += 1;
          most = Math.max(most, running);
          commits.push(() => {
            running -= 1;
            resolve();
          });
        }),
    );
    const { scheduler, states } = setup(save);
    scheduler.markDirty();
    const first = scheduler.flush();
    scheduler.markDirty();
    const second = scheduler.flush();
    commits.shift()?.();
    await first;
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    commits.shift()?.();
    await second;
    expect(most).toBe(1);
    expect(states.at(-1)).toBe('saved');
  });

  it('keeps the work unsaved after a failure and saves on the next flush', async () => {
    const save = vi.fn().mockRejectedValueOnce(new Error('full')).mockResolvedValue(undefined);
    const { scheduler, states } = setup(save);
    scheduler.markDirty();
    await scheduler.flush();
    expect(states.at(-1)).toBe('error');
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
    await scheduler.flush();
    expect(states.at(-1)).toBe('saved');
  });

  it('writes nothing while paused', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { scheduler } = setup(save);
    scheduler.setPaused(true);
    scheduler.markDirty();
    await vi.advanceTimersByTimeAsync(1000);
    await scheduler.flush();
    expect(save).not.toHaveBeenCalled();
    scheduler.setPaused(false);
    await scheduler.flush();
    expect(save).toHaveBeenCalledTimes(1);
  });
});
