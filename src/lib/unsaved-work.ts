import { useSyncExternalStore } from 'react';

/** Something on the page that may hold edits not yet committed to storage (an editor's pending save). */
export interface UnsavedWorkSource {
  /** True while an edit is not yet committed (pending, saving, or failed to save). */
  hasUnsaved(): boolean;
  /** Saves what is pending now; resolves once that save has committed or failed. */
  flush(): Promise<void>;
}

const sources = new Set<UnsavedWorkSource>();
const listeners = new Set<() => void>();

/** Tells {@link useHasUnsavedWork} to look again: a source's `hasUnsaved()` may have changed. */
export function notifyUnsavedWorkChanged(): void {
  for (const listener of listeners) listener();
}

/**
 * Registers a source of unsaved work for as long as it lives (an open editor); whatever is about
 * to reload or leave the page flushes it first. Returns the function that unregisters it.
 */
export function registerUnsavedWork(source: UnsavedWorkSource): () => void {
  sources.add(source);
  notifyUnsavedWorkChanged();
  return () => {
    if (sources.delete(source)) notifyUnsavedWorkChanged();
  };
}

/** True while any registered source holds an edit that is not yet committed. */
export function hasUnsavedWork(): boolean {
  for (const source of sources) {
    if (source.hasUnsaved()) return true;
  }
  return false;
}

/**
 * Flushes every registered source at once; resolves when all have committed or failed. It never
 * rejects: ask {@link hasUnsavedWork} afterwards whether anything is still unsaved.
 */
export async function flushUnsavedWork(): Promise<void> {
  await Promise.allSettled([...sources].map(async (source) => source.flush()));
  notifyUnsavedWorkChanged();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Whether any registered source holds unsaved work, re-read when a source reports a change. */
export function useHasUnsavedWork(): boolean {
  return useSyncExternalStore(subscribe, hasUnsavedWork, () => false);
}
