import { useEffect, useSyncExternalStore } from 'react';
import type { Workbox } from 'workbox-window';
import { flushUnsavedWork, hasUnsavedWork } from '../../lib/unsaved-work.ts';
import { createUpdateController } from './create-update-controller.ts';
import type { UpdateState } from './create-update-controller.ts';

/** How often a desk left open all night asks for a new version (a hash route never navigates). */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/** A script address as Workbox takes it: a string, or a TrustedScriptURL. */
type ScriptUrl = ConstructorParameters<typeof Workbox>[0];

/** The minimal Trusted Types surface used here (the DOM typings do not have it yet). */
interface ScriptUrlPolicyFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL: (input: string) => string },
  ): { createScriptURL: (input: string) => ScriptUrl };
}

/**
 * The worker's address, through a Trusted Types policy where the browser has them, so that
 * registering it passes the page's `require-trusted-types-for 'script'` (the policy's name is
 * allowed in scripts/content-security-policy.ts).
 */
function serviceWorkerUrl(): ScriptUrl {
  const url = `${import.meta.env.BASE_URL}sw.js`;
  const factory = (window as { trustedTypes?: ScriptUrlPolicyFactory }).trustedTypes;
  if (!factory) return url;
  try {
    return factory
      .createPolicy('galley-service-worker', {
        createScriptURL: (input) => {
          if (input !== url) throw new TypeError(`Not Galley's service worker: ${input}`);
          return input;
        },
      })
      .createScriptURL(url);
  } catch {
    // A policy of that name is refused (or exists): the page's default policy decides.
    return url;
  }
}

const controller = createUpdateController({
  createWorkbox: async () => {
    const { Workbox } = await import('workbox-window');
    return new Workbox(serviceWorkerUrl(), { scope: import.meta.env.BASE_URL });
  },
  isControlled: () => navigator.serviceWorker.controller !== null,
  flush: flushUnsavedWork,
  hasUnsaved: hasUnsavedWork,
  reload: () => {
    window.location.reload();
  },
});

/** Whether this build registers a service worker: production builds in browsers that have one. */
const serviceWorkerEnabled = import.meta.env.PROD && 'serviceWorker' in navigator;

/**
 * Registers the service worker once the desk is up (production builds only; the dev server has
 * none), checks for a new version every hour, and gives the update prompt its state.
 */
export function useServiceWorkerUpdate(): {
  state: UpdateState;
  applyUpdate: () => Promise<void>;
} {
  useEffect(() => {
    if (!serviceWorkerEnabled) return undefined;
    controller.start().catch((error: unknown) => {
      // Without a worker the desk still works online; only offline starts are lost.
      console.warn('Galley could not register its service worker.', error);
    });
    const timer = window.setInterval(() => {
      if (navigator.onLine) void controller.checkForUpdate();
    }, UPDATE_CHECK_INTERVAL_MS);
    return () => {
      window.clearInterval(timer);
    };
  }, []);
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  return { state, applyUpdate: controller.applyUpdate };
}
