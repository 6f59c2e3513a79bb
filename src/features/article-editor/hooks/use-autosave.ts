import { useEffect, useState } from 'react';
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
  const [scheduler] = useState(() => createSaveScheduler({ save, report: setReport, delayMs }));

  useEffect(() => {
    scheduler.setSave(save);
    scheduler.setPaused(paused);
  });

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
  };
}
