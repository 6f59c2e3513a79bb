// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  flushUnsavedWork,
  hasUnsavedWork,
  notifyUnsavedWorkChanged,
  registerUnsavedWork,
  useHasUnsavedWork,
} from './unsaved-work.ts';

/** A source like an editor's pending save: dirty until its flush succeeds. */
function createSource({ fails = false } = {}) {
  const source = {
    dirty: false,
    flushes: 0,
    hasUnsaved: () => source.dirty,
    flush: () => {
      source.flushes += 1;
      if (fails) return Promise.reject(new Error('The disk is full.'));
      source.dirty = false;
      return Promise.resolve();
    },
  };
  return source;
}

const unregisters: (() => void)[] = [];
function register(source: ReturnType<typeof createSource>): () => void {
  const unregister = registerUnsavedWork(source);
  unregisters.push(unregister);
  return unregister;
}

afterEach(() => {
  cleanup();
  for (const unregister of unregisters.splice(0)) unregister();
});

describe('the unsaved-work registry', () => {
  it('has unsaved work while any registered source has', () => {
    const editor = createSource();
    const other = createSource();
    register(editor);
    register(other);
    expect(hasUnsavedWork()).toBe(false);
    other.dirty = true;
    expect(hasUnsavedWork()).toBe(true);
  });

  it('flushes every source, and resolves even when one fails', async () => {
    const editor = createSource();
    const failing = createSource({ fails: true });
    register(editor);
    register(failing);
    editor.dirty = true;
    failing.dirty = true;

    await flushUnsavedWork();
    expect(editor.flushes).toBe(1);
    expect(failing.flushes).toBe(1);
    expect(editor.dirty).toBe(false);
    expect(hasUnsavedWork()).toBe(true);
  });

  it('forgets a source once it unregisters (the editor closed)', async () => {
    const editor = createSource();
    const unregister = register(editor);
    editor.dirty = true;
    unregister();
    expect(hasUnsavedWork()).toBe(false);
    await flushUnsavedWork();
    expect(editor.flushes).toBe(0);
  });

  it('tells components when a source reports a change', () => {
    const editor = createSource();
    register(editor);
    const { result } = renderHook(() => useHasUnsavedWork());
    expect(result.current).toBe(false);

    act(() => {
      editor.dirty = true;
      notifyUnsavedWorkChanged();
    });
    expect(result.current).toBe(true);

    act(() => {
      editor.dirty = false;
      notifyUnsavedWorkChanged();
    });
    expect(result.current).toBe(false);
  });
});
