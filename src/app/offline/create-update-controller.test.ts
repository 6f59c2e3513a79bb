import { describe, expect, it, vi } from 'vitest';
import { createUpdateController } from './create-update-controller.ts';
import type { ControllingEvent, UpdateWorkbox } from './create-update-controller.ts';

/** A service worker as the registration exposes it: a state and its statechange events. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  moveTo(state: ServiceWorkerState): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

/** A registration with its three worker slots and its updatefound event. */
class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  active: FakeWorker | null = null;

  /** The browser found a new worker: it installs, then waits (the page is controlled). */
  installNext(): FakeWorker {
    const worker = new FakeWorker();
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
    this.installing = null;
    this.waiting = worker;
    worker.moveTo('installed');
    return worker;
  }
}

/** The world around one controller: a Workbox, the registration, the page's unsaved work. */
function setUp({ controlled = true, waiting = false } = {}) {
  const registration = new FakeRegistration();
  registration.active = new FakeWorker();
  if (waiting) registration.waiting = new FakeWorker();
  const controllingListeners: ((event: ControllingEvent) => void)[] = [];
  const page = { controlled, unsaved: false, flushes: 0, failToSave: false };
  const register = vi.fn(() =>
    Promise.resolve(registration as unknown as ServiceWorkerRegistration),
  );
  const update = vi.fn(() => Promise.resolve());
  const messageSkipWaiting = vi.fn();
  const workbox: UpdateWorkbox = {
    addEventListener: (_type, listener) => {
      controllingListeners.push(listener);
    },
    register,
    update,
    messageSkipWaiting,
  };
  const reload = vi.fn();
  const controller = createUpdateController({
    createWorkbox: () => Promise.resolve(workbox),
    isControlled: () => page.controlled,
    flush: () => {
      page.flushes += 1;
      if (!page.failToSave) page.unsaved = false;
      return Promise.resolve();
    },
    hasUnsaved: () => page.unsaved,
    reload,
  });
  /** The new worker takes control of the page (after skipWaiting here, or from another tab). */
  const takeControl = async (event: ControllingEvent) => {
    for (const listener of controllingListeners) listener(event);
    // Let the controller's flush before reloading settle.
    await Promise.resolve();
    await Promise.resolve();
  };
  return {
    controller,
    registration,
    register,
    update,
    messageSkipWaiting,
    reload,
    page,
    takeControl,
  };
}

describe('createUpdateController', () => {
  it('offers a version that was already waiting when the page started', async () => {
    const { controller } = setUp({ waiting: true });
    await controller.start();
    expect(controller.getState()).toEqual({ kind: 'ready', generation: 1 });
  });

  it('does not offer the first install, which has nothing to replace', async () => {
    const { controller, registration } = setUp({ controlled: false });
    await controller.start();
    registration.installNext();
    expect(controller.getState()).toEqual({ kind: 'none' });
  });

  it('offers each new version once, and never reloads by itself', async () => {
    const { controller, registration, reload, messageSkipWaiting } = setUp();
    const changes = vi.fn();
    controller.subscribe(changes);
    await controller.start();
    expect(controller.getState()).toEqual({ kind: 'none' });

    registration.installNext();
    expect(controller.getState()).toEqual({ kind: 'ready', generation: 1 });
    expect(changes).toHaveBeenCalledTimes(1);
    registration.installNext();
    expect(controller.getState()).toEqual({ kind: 'ready', generation: 2 });
    expect(reload).not.toHaveBeenCalled();
    expect(messageSkipWaiting).not.toHaveBeenCalled();
  });

  it('when another tab lets the new version in, offers a reload instead of reloading', async () => {
    const { controller, reload, takeControl } = setUp();
    await controller.start();
    await takeControl({ isExternal: true });
    expect(controller.getState()).toEqual({ kind: 'ready', generation: 1 });
    expect(reload).not.toHaveBeenCalled();
  });

  it('reloads only after saving: flush, then skip waiting, then reload on taking control', async () => {
    const { controller, registration, reload, messageSkipWaiting, page, takeControl } = setUp();
    await controller.start();
    registration.installNext();
    page.unsaved = true;

    await controller.applyUpdate();
    expect(page.flushes).toBe(1);
    expect(page.unsaved).toBe(false);
    expect(controller.getState()).toEqual({ kind: 'reloading', generation: 1 });
    expect(messageSkipWaiting).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();

    // Typed meanwhile: saved too before the page goes.
    page.unsaved = true;
    await takeControl({ isUpdate: true });
    expect(page.flushes).toBe(2);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does not reload when the work cannot be saved, and says so', async () => {
    const { controller, registration, reload, messageSkipWaiting, page } = setUp();
    await controller.start();
    registration.installNext();
    page.unsaved = true;
    page.failToSave = true;

    await controller.applyUpdate();
    expect(controller.getState()).toEqual({ kind: 'unsaved', generation: 1 });
    expect(messageSkipWaiting).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();

    // Once the work saves, "Reload now" goes ahead.
    page.failToSave = false;
    await controller.applyUpdate();
    expect(messageSkipWaiting).toHaveBeenCalledTimes(1);
  });

  it('does not reload when an edit made during the switch cannot be saved', async () => {
    const { controller, registration, reload, page, takeControl } = setUp();
    await controller.start();
    registration.installNext();
    await controller.applyUpdate();

    page.unsaved = true;
    page.failToSave = true;
    await takeControl({ isUpdate: true });
    expect(reload).not.toHaveBeenCalled();
    expect(controller.getState()).toEqual({ kind: 'unsaved', generation: 1 });
  });

  it('reloads straight after saving when the new version already controls the page', async () => {
    const { controller, reload, messageSkipWaiting, page, takeControl } = setUp();
    await controller.start();
    await takeControl({ isExternal: true });
    page.unsaved = true;

    await controller.applyUpdate();
    expect(page.unsaved).toBe(false);
    expect(messageSkipWaiting).not.toHaveBeenCalled();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does nothing on "Reload now" when no version is offered', async () => {
    const { controller, reload, page } = setUp();
    await controller.start();
    await controller.applyUpdate();
    expect(page.flushes).toBe(0);
    expect(reload).not.toHaveBeenCalled();
  });

  it('registers once however often it is started, and checks for updates when asked', async () => {
    const { controller, register, update } = setUp();
    await Promise.all([controller.start(), controller.start()]);
    await controller.start();
    expect(register).toHaveBeenCalledTimes(1);
    await controller.checkForUpdate();
    expect(update).toHaveBeenCalledTimes(1);
  });

  it('swallows a failed update check (offline)', async () => {
    const { controller, update } = setUp();
    update.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await controller.start();
    await expect(controller.checkForUpdate()).resolves.toBeUndefined();
  });
});
