import { createGalleyStore } from './create-galley-store.ts';
import type { ConnectionCallbacks } from './db.ts';
import type { GalleyStore } from './galley-store.ts';
import { requestPersistentStorage } from './request-persistent-storage.ts';

/**
 * Opens the desk's store in the browser and asks for persistent storage without waiting for the
 * answer (a browser may ask the person). The callbacks tell the shell when another tab holds up or
 * needs a database upgrade, or when storage was cleared while open.
 * @throws when IndexedDB is unavailable (private windows of some browsers) or the upgrade fails.
 */
export async function openDeskStore(callbacks: ConnectionCallbacks = {}): Promise<GalleyStore> {
  const store = await createGalleyStore(callbacks);
  void requestPersistentStorage();
  return store;
}
