/** Where the article's saving stands, as the person sees it. */
export type SaveState = 'saved' | 'unsaved' | 'saving' | 'error';

/** What the scheduler reports after each change of state. */
export interface SaveReport {
  /** The new state. */
  state: SaveState;
  /** The last failure (cleared by a successful save). */
  error: unknown;
  /** When the last save committed. */
  savedAt: number | null;
}

/** Runs saves: `delayMs` after the last edit, one at a time, and at once on `flush`. */
export interface SaveScheduler {
  /** An edit happened: save `delayMs` after the last one. */
  markDirty: () => void;
  /** Saves now if anything is unsaved; resolves when that save has committed or failed. */
  flush: () => Promise<void>;
  /** Stops or resumes saving (while a conflict is resolved). */
  setPaused: (paused: boolean) => void;
  /** Replaces the save function (it closes over the latest draft). */
  setSave: (save: () => Promise<void>) => void;
  /** The draft was stored by other means (a conflict resolved): nothing is unsaved now. */
  markSaved: () => void;
  /** Forgets the pending timer. */
  dispose: () => void;
}

/**
 * Creates the save loop of an editor. `save` must resolve only once the write has committed;
 * edits made while it runs are saved right after it. A failed save keeps the work unsaved and
 * waits for the next edit or flush.
 */
export function createSaveScheduler({
  save: initialSave,
  report,
  delayMs,
  now = Date.now,
}: {
  save: () => Promise<void>;
  report: (report: SaveReport) => void;
  delayMs: number;
  now?: () => number;
}): SaveScheduler {
  let save = initialSave;
  // Read through functions: edits arrive while a save is awaited.
  const flags = { dirty: false, paused: false };
  const isDirty = () => flags.dirty;
  const isPaused = () => flags.paused;
  let running: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // When the save is due; a keystroke moves it on without re-arming the timer.
  let dueAt = 0;
  let last: SaveReport = { state: 'saved', error: null, savedAt: null };

  const set = (next: Partial<SaveReport>) => {
    last = { ...last, ...next };
    report(last);
  };

  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };

  const onTimer = () => {
    timer = undefined;
    const wait = dueAt - now();
    // A wait longer than the delay means the clock was set back: save now rather than much later.
    if (wait > 0 && wait <= delayMs) timer = setTimeout(onTimer, wait);
    else void flush();
  };

  const schedule = () => {
    dueAt = now() + delayMs;
    timer ??= setTimeout(onTimer, delayMs);
  };

  async function runOnce(): Promise<boolean> {
    flags.dirty = false;
    set({ state: 'saving' });
    try {
      await save();
      set({ state: isDirty() ? 'unsaved' : 'saved', error: null, savedAt: now() });
      return true;
    } catch (error) {
      flags.dirty = true;
      set({ state: 'error', error });
      return false;
    }
  }

  async function flush(): Promise<void> {
    cancel();
    // One write at a time: wait for the running one, then save what changed meanwhile.
    while (running) await running;
    if (!isDirty() || isPaused()) return;
    const attempt = runOnce();
    running = attempt.then(() => undefined);
    let succeeded: boolean;
    try {
      succeeded = await attempt;
    } finally {
      running = null;
    }
    // Edits made during the save are saved next; a failure waits for the next edit or flush.
    if (succeeded && isDirty() && !isPaused()) schedule();
  }

  return {
    markDirty() {
      flags.dirty = true;
      if (last.state === 'saved') set({ state: 'unsaved' });
      schedule();
    },
    flush,
    setPaused(value) {
      flags.paused = value;
    },
    setSave(next) {
      save = next;
    },
    markSaved() {
      cancel();
      flags.dirty = false;
      set({ state: 'saved', error: null, savedAt: now() });
    },
    dispose() {
      cancel();
    },
  };
}
