import { useEffect, useState } from 'react';
import { notifyUnsavedWorkChanged, registerUnsavedWork } from '../../../lib/unsaved-work.ts';
import { createSaveScheduler } from './save-scheduler.ts';
import type { SaveReport, SaveState } from './save-scheduler.ts';

export type { SaveState };

/** What {@link useAutosave} offers the editor. */
export interface Autosave extends SaveReport {
  /** Call on every edit: the save runs `delayMs` after typing stops. */
  markDirty: () => void;
  /** Saves now if anything is unsaved; resolves when it has committed (or failed). */
  flush: () => Promise<void>;
  /** Nothing is unsaved now (the draft was stored by a conflict's resolution). */
  markSaved: () => void;
  /** Whether anything is unsaved right now (read without waiting for a render). */
  hasUnsaved: () => boolean;
}

/**
 * Saves shortly after the last edit, one save at a time (see {@link createSaveScheduler}). `save`
 * is read at save time, so it always sees the latest draft. While `paused` (a conflict is being
 * resolved) nothing is written. Unsaved work is flushed when the page is hidden or left, and when
 * the editor goes away.
 */
export function useAutosave(
  save: () => Promise<void>,
  { delayMs = 600, paused = false }: { delayMs?: number; paused?: boolean } = {},
): Autosave {
  const [report, setReport] = useState<SaveReport>({ state: 'saved', error: null, savedAt: null });
  const [{ scheduler, hasUnsaved }] = useState(() => {
    // Read synchronously by the page's unsaved-work registry, which cannot wait for a render.
    const latest = { state: 'saved' as SaveState };
    return {
      scheduler: createSaveScheduler({
        save,
        report: (next) => {
          latest.state = next.state;
          setReport(next);
          notifyUnsavedWorkChanged();
        },
        delayMs,
      }),
      hasUnsaved: () => latest.state !== 'saved',
    };
  });

  useEffect(() => {
    scheduler.setSave(save);
    scheduler.setPaused(paused);
  });

  // A service-worker update flushes this before it reloads the page.
  useEffect(
    () => registerUnsavedWork({ hasUnsaved, flush: scheduler.flush }),
    [scheduler, hasUnsaved],
  );

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void scheduler.flush();
    };
    const onPageHide = () => {
      void scheduler.flush();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      // Leaving the article (another article, another screen) saves what is unsaved.
      void scheduler.flush();
    };
  }, [scheduler]);

  return {
    ...report,
    markDirty: scheduler.markDirty,
    flush: scheduler.flush,
    markSaved: scheduler.markSaved,
    hasUnsaved,
  };
}
