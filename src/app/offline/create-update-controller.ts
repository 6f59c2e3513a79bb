/**
 * What the update prompt shows. `generation` counts the versions offered, so a prompt put off with
 * "Later" comes back for the next one.
 */
export type UpdateState =
  | { kind: 'none' }
  /** A new version is installed and waits for this page's consent. */
  | { kind: 'ready'; generation: number }
  /** The person chose to reload: the work is being saved, then the new version takes over. */
  | { kind: 'reloading'; generation: number }
  /** Saving failed or a conflict waits for an answer, so the page was not reloaded. */
  | { kind: 'unsaved'; generation: number };

/** The event workbox-window sends when a service worker takes control of the page. */
export interface ControllingEvent {
  /** Another page's registration (or an update this page did not register) took control. */
  isExternal?: boolean;
  /** The page was controlled before: this is a new version, not the first install. */
  isUpdate?: boolean;
}

/** The part of workbox-window's `Workbox` the controller uses. */
export interface UpdateWorkbox {
  /** Listens for a worker taking control of the page. */
  addEventListener(type: 'controlling', listener: (event: ControllingEvent) => void): void;
  /** Registers the worker (after the page's load event). */
  register(): Promise<ServiceWorkerRegistration | undefined>;
  /** Asks the server for a newer worker. */
  update(): Promise<void>;
  /** Tells the waiting worker to activate. */
  messageSkipWaiting(): void;
}

/** The service worker's updates, as the shell sees them. */
export interface UpdateController {
  /** The current state (stable between changes, for `useSyncExternalStore`). */
  getState: () => UpdateState;
  /** Calls `listener` on every change of state; returns the unsubscribe function. */
  subscribe: (listener: () => void) => () => void;
  /** Registers the worker; later calls do nothing. */
  start: () => Promise<void>;
  /** Asks the server for a newer version (rejections are swallowed: offline is normal). */
  checkForUpdate: () => Promise<void>;
  /**
   * Saves the unsaved work, then lets the new version take over and reloads. When work is still
   * unsaved after the flush, it does not reload and the state says so.
   */
  applyUpdate: () => Promise<void>;
}

/**
 * Offers new versions of the app without ever reloading by itself: a new worker waits until the
 * person chooses to reload, and even then the page reloads only once nothing is left unsaved.
 */
export function createUpdateController({
  createWorkbox,
  isControlled,
  flush,
  hasUnsaved,
  reload,
}: {
  /** Makes the Workbox (loaded lazily: it is not needed to start the desk). */
  createWorkbox: () => Promise<UpdateWorkbox>;
  /** Whether a service worker controls this page now. */
  isControlled: () => boolean;
  /** Saves every pending edit of the page. */
  flush: () => Promise<void>;
  /** Whether any edit of the page is still uncommitted. */
  hasUnsaved: () => boolean;
  /** Reloads the page. */
  reload: () => void;
}): UpdateController {
  let state: UpdateState = { kind: 'none' };
  let generation = 0;
  let workbox: UpdateWorkbox | undefined;
  let registration: ServiceWorkerRegistration | undefined;
  let started: Promise<void> | undefined;
  // Set once this page has asked the waiting worker to take over; its takeover then reloads.
  let switching = false;
  const offered = new WeakSet<ServiceWorker>();
  const listeners = new Set<() => void>();

  const set = (next: UpdateState) => {
    state = next;
    for (const listener of listeners) listener();
  };

  const offer = () => {
    if (state.kind === 'reloading') return;
    generation += 1;
    set({ kind: 'ready', generation });
  };

  /** Offers the registration's waiting worker, once per worker. */
  const offerWaiting = () => {
    const waiting = registration?.waiting;
    // On the first install the worker passes through "waiting" with nothing to replace.
    if (!waiting || !isControlled() || offered.has(waiting)) return;
    offered.add(waiting);
    offer();
  };

  /** Reloads once the work is saved; anything typed since the first flush is saved too. */
  const reloadWhenSaved = async () => {
    await flush();
    if (hasUnsaved()) {
      switching = false;
      set({ kind: 'unsaved', generation });
      return;
    }
    reload();
  };

  const onControlling = (event: ControllingEvent) => {
    if (switching) {
      void reloadWhenSaved();
      return;
    }
    // Another tab let the new version in: this page still runs the old code until it reloads.
    if (event.isUpdate === true || event.isExternal === true) offer();
  };

  const watch = (watched: ServiceWorkerRegistration) => {
    watched.addEventListener('updatefound', () => {
      const installing = watched.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed') offerWaiting();
      });
    });
    offerWaiting();
  };

  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    start: () => {
      started ??= (async () => {
        workbox = await createWorkbox();
        workbox.addEventListener('controlling', onControlling);
        registration = await workbox.register();
        if (registration) watch(registration);
      })();
      return started;
    },
    checkForUpdate: async () => {
      await workbox?.update().catch(() => undefined);
    },
    applyUpdate: async () => {
      if (state.kind === 'none' || state.kind === 'reloading') return;
      set({ kind: 'reloading', generation });
      await flush();
      if (hasUnsaved()) {
        set({ kind: 'unsaved', generation });
        return;
      }
      if (workbox && registration?.waiting && isControlled()) {
        switching = true;
        workbox.messageSkipWaiting();
        return;
      }
      // The new version already controls the page (another tab let it in): a reload is enough.
      reload();
    },
  };
}
