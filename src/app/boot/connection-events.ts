/** What happened to this tab's database connection after it opened. */
export interface ConnectionState {
  /** Another tab upgraded the database: this tab must reload to keep saving. */
  mustReload: boolean;
  /** The browser cleared or evicted the storage while the desk was open. */
  storageCleared: boolean;
}

/** A small store of connection events, fed by the storage callbacks and read by the shell's banner. */
export interface ConnectionEvents {
  /** Records that another tab needs this one to reload. */
  blocking: () => void;
  /** Records that the storage was cleared while open. */
  terminated: () => void;
  /** Forgets the cleared-storage warning once it has been read. */
  acknowledgeCleared: () => void;
  /** The current state (the same object until something changes). */
  get: () => ConnectionState;
  /** Calls `listener` on every change; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
}

/** Creates the connection event store. */
export function createConnectionEvents(): ConnectionEvents {
  let state: ConnectionState = { mustReload: false, storageCleared: false };
  const listeners = new Set<() => void>();
  const set = (next: Partial<ConnectionState>) => {
    state = { ...state, ...next };
    listeners.forEach((listener) => {
      listener();
    });
  };
  return {
    blocking: () => {
      set({ mustReload: true });
    },
    terminated: () => {
      set({ storageCleared: true });
    },
    acknowledgeCleared: () => {
      set({ storageCleared: false });
    },
    get: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
