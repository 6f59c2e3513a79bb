import { afterEach, describe, expect, it, vi } from 'vitest';

async function freshModule() {
  vi.resetModules();
  return import('./request-persistent-storage.ts');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('requestPersistentStorage', () => {
  it('asks the browser once per page', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    vi.stubGlobal('navigator', { storage: { persisted: () => Promise.resolve(false), persist } });
    const { requestPersistentStorage } = await freshModule();
    expect(await requestPersistentStorage()).toBe(true);
    expect(await requestPersistentStorage()).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask again when storage is already persistent', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    vi.stubGlobal('navigator', { storage: { persisted: () => Promise.resolve(true), persist } });
    const { requestPersistentStorage } = await freshModule();
    expect(await requestPersistentStorage()).toBe(true);
    expect(persist).not.toHaveBeenCalled();
  });

  it('says no where there is no storage manager or it refuses', async () => {
    vi.stubGlobal('navigator', {});
    expect(await (await freshModule()).requestPersistentStorage()).toBe(false);
    vi.stubGlobal('navigator', {
      storage: { persisted: () => Promise.reject(new Error('denied')), persist: vi.fn() },
    });
    expect(await (await freshModule()).requestPersistentStorage()).toBe(false);
  });
});
