/**
 * What the bench installs in every page before the app's own scripts run, and the types of what it
 * records. `installDeskProbe` is serialised into the page: it uses nothing from this module's scope.
 */

/** One key press as the page saw it. Times are `performance.now()` milliseconds. */
export interface KeyRecord {
  /** `event.key` of the keydown. */
  key: string;
  /** The keydown's `timeStamp`: when the browser received the key. */
  stamp: number;
  /** When the first keydown listener (the probe's, capturing on window) ran. */
  start: number;
  /**
   * When the last of the key's events (keydown, keypress, beforeinput, input) had bubbled back to
   * window: its handlers and React's synchronous render done.
   */
  handled: number | null;
  /** When a task posted from the keydown ran (used when no event bubbled back to window). */
  handledTask: number | null;
  /** After the first frame painted once the key's last event (keydown, keypress, input) was handled. */
  paint: number | null;
  /** How many of the key's events have scheduled a paint check (the latest one counts). */
  generation: number;
}

/** Entries of the browser's Event Timing API (key → next paint, in 8 ms steps, ≥ 16 ms only). */
export interface EventTimingRecord {
  name: string;
  startTime: number;
  duration: number;
  processingStart: number;
  processingEnd: number;
}

/** Moments of an import, from the drop to the split review's rows on screen. */
export interface ImportMarks {
  /** When the file was dropped. */
  dropAt: number;
  /** When the import screen first showed stage `index` or a later one (reading, decoding, …). */
  stages: (number | null)[];
  /** When the route became the split review. */
  route: number | null;
  /** When the split review's code had loaded (its loading state or the screen was in the DOM). */
  screenCode: number | null;
  /** When the split review's screen, with the issue read, was in the DOM. */
  screen: number | null;
  /** When the split review's first boundary row was in the DOM. */
  rows: number | null;
  /** After the frame that painted it. */
  rowsPainted: number | null;
}

/** A main-thread task of 50 ms or more (Long Tasks API). */
export interface LongTaskRecord {
  startTime: number;
  duration: number;
}

/** The probe's state in the page. */
export interface DeskProbe {
  keys: KeyRecord[];
  eventTimings: EventTimingRecord[];
  longTasks: LongTaskRecord[];
  importMarks: ImportMarks | null;
  /** Starts recording the import's moments; `stageCount` steps are listed on the import screen. */
  watchImport: (stageCount: number) => void;
  /** A file staged for a drop. */
  file: File | null;
}

/** `window` with the probe. */
export type ProbeWindow = Window & { galleyBench: DeskProbe };

/**
 * Code run before any page script when the bench compiles with name-keeping helpers: functions
 * passed to the page may call `__name`, which exists only in Node.
 */
export const nameHelperShim = 'globalThis.__name = globalThis.__name || ((target) => target);';

/** Installs the probe: capturing key-event listeners, performance observers, the import watcher. */
export function installDeskProbe(): void {
  // Called from an animation frame callback: runs `callback` in a task once that frame's style,
  // layout and paint are done. At user-blocking priority where the browser has `scheduler`, so it
  // runs before tasks of normal priority queued earlier (a React render the key deferred, a
  // throttled handler), which would otherwise delay the reading without delaying the frame.
  const afterThisFrame = (callback: () => void): void => {
    const scheduler = (
      globalThis as {
        scheduler?: {
          postTask?: (task: () => void, options: { priority: 'user-blocking' }) => Promise<void>;
        };
      }
    ).scheduler;
    if (scheduler?.postTask) {
      void scheduler.postTask(callback, { priority: 'user-blocking' });
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = callback;
    channel.port2.postMessage(null);
  };
  const probe: DeskProbe = {
    keys: [],
    eventTimings: [],
    longTasks: [],
    importMarks: null,
    file: null,
    watchImport: (stageCount) => {
      const marks: ImportMarks = {
        dropAt: 0,
        stages: Array.from({ length: stageCount }, () => null),
        route: null,
        screenCode: null,
        screen: null,
        rows: null,
        rowsPainted: null,
      };
      probe.importMarks = marks;
      const check = (): void => {
        const now = performance.now();
        const steps = Array.from(document.querySelectorAll('.import-stages__step'));
        const current = steps.findIndex((step) => step.getAttribute('aria-current') === 'step');
        for (let index = 0; index <= current; index++) marks.stages[index] ??= now;
        if (marks.route === null && window.location.hash.endsWith('/splits')) marks.route = now;
      };
      const checkScreen = (): void => {
        check();
        const now = performance.now();
        if (marks.route === null) return;
        if (marks.screenCode === null && document.querySelector('.splits-review, .state')) {
          marks.screenCode = now;
        }
        if (marks.screen === null && document.querySelector('.splits-review')) marks.screen = now;
        if (marks.rows === null && document.querySelector('.text-pane [data-item-index]')) {
          marks.rows = now;
          observer.disconnect();
          requestAnimationFrame(() => {
            afterThisFrame(() => {
              marks.rowsPainted = performance.now();
            });
          });
        }
      };
      const observer = new MutationObserver(checkScreen);
      observer.observe(document.documentElement, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['aria-current', 'class'],
      });
      window.addEventListener('hashchange', check);
    },
  };
  (window as unknown as ProbeWindow).galleyBench = probe;

  // A paint check: the next animation frame runs before that frame's style, layout and paint; a
  // task posted from it runs once they are done.
  const afterNextPaint = (record: KeyRecord): void => {
    record.generation += 1;
    const generation = record.generation;
    requestAnimationFrame(() => {
      afterThisFrame(() => {
        if (record.generation === generation) record.paint = performance.now();
      });
    });
  };
  // Every event of a key press: the keydown opens a record; a typed character follows as
  // keypress, beforeinput and input, and the paint that counts is the one after the last of them.
  const onKeyEvent = (event: Event): void => {
    if (event.type === 'keydown') {
      const opened: KeyRecord = {
        key: (event as KeyboardEvent).key,
        stamp: event.timeStamp,
        start: performance.now(),
        handled: null,
        handledTask: null,
        paint: null,
        generation: 0,
      };
      probe.keys.push(opened);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        opened.handledTask = performance.now();
      };
      channel.port2.postMessage(null);
    }
    const record = probe.keys[probe.keys.length - 1];
    if (!record) return;
    afterNextPaint(record);
    // Added now, this listener is the last on window as the event bubbles back: it runs after the
    // app's listeners and after React's synchronous render (a microtask after its root listener).
    window.addEventListener(
      event.type,
      (later) => {
        if (later === event) record.handled = performance.now();
      },
      { once: true },
    );
  };
  for (const type of ['keydown', 'keypress', 'beforeinput', 'input']) {
    window.addEventListener(type, onKeyEvent, true);
  }

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        probe.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        probe.eventTimings.push({
          name: entry.name,
          startTime: entry.startTime,
          duration: entry.duration,
          processingStart: entry.processingStart,
          processingEnd: entry.processingEnd,
        });
      }
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  } catch {
    // An observer type this browser lacks: those figures stay empty.
  }
}
