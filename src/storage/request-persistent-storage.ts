let request: Promise<boolean> | undefined;

/**
 * Asks the browser once per page to keep Galley's storage even under disk pressure. Resolves to
 * whether storage is persistent; false where the browser has no such API or refuses (headless
 * Chromium always refuses). Firefox may ask the person, so callers should not wait on it.
 */
export function requestPersistentStorage(): Promise<boolean> {
  request ??= ask();
  return request;
}

async function ask(): Promise<boolean> {
  if (typeof navigator === 'undefined' || typeof navigator.storage === 'undefined') return false;
  const storage = navigator.storage;
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    if (typeof storage.persist !== 'function') return false;
    return await storage.persist();
  } catch {
    return false;
  }
}
