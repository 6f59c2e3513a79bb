import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Locator, Page } from '@playwright/test';

/** The desk's offline parts: the masthead's offline notice, the update prompt, the service worker. */
export class OfflineDesk {
  /** The masthead's notice that the browser is offline. */
  readonly offlineNotice: Locator;
  /** The card offering a new version. */
  readonly updatePrompt: Locator;
  /** Its "Reload now" button. */
  readonly reloadNow: Locator;
  /** Its "Later" button. */
  readonly later: Locator;

  constructor(readonly page: Page) {
    this.offlineNotice = page
      .getByRole('banner')
      .getByRole('status')
      .filter({ hasText: /^Offline/ });
    this.updatePrompt = page.getByRole('region', { name: 'A new version of Galley is ready' });
    this.reloadNow = this.updatePrompt.getByRole('button', { name: 'Reload now' });
    this.later = this.updatePrompt.getByRole('button', { name: 'Later' });
  }

  /**
   * Waits until a service worker is active and controls the page, i.e. the app is precached.
   * Waits on events, not timers, so it works under `page.clock` too.
   */
  async waitUntilControlled(): Promise<void> {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (navigator.serviceWorker.controller) return;
      await new Promise<void>((resolve) => {
        navigator.serviceWorker.addEventListener(
          'controllerchange',
          () => {
            resolve();
          },
          { once: true },
        );
      });
    });
  }

  /** Asks the browser to look for a new service worker now, as it does on its own schedule. */
  async checkForUpdate(): Promise<void> {
    await this.page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
  }
}

/** A server standing between the browser and the built app, to play the next deploy. */
export interface DeployProxy {
  /** Its origin, e.g. http://127.0.0.1:40123. */
  readonly url: string;
  /** From now on the service worker differs by one comment: a new version, as the browser sees it. */
  deployNext(): void;
  /** Stops the server. */
  close(): Promise<void>;
}

/** Response headers that describe the upstream body's transfer, not the body passed on. */
const HOP_HEADERS = new Set([
  'connection',
  'content-encoding',
  'content-length',
  'transfer-encoding',
]);
/**
 * Request headers not passed on: this hop's own, and the conditional ones (the proxy always wants
 * the whole body, which it may change: a 304 would hide the next deploy's worker).
 */
const REQUEST_HOP_HEADERS = new Set([
  'host',
  'connection',
  'keep-alive',
  'accept-encoding',
  'if-none-match',
  'if-modified-since',
]);

/**
 * Starts a server that passes every request on to `upstream` (the app's preview server, with its
 * headers) and, after `deployNext()`, serves a changed `sw.js`. Playwright's routing does not see
 * the browser's own update check of a service worker, so a new version has to come from a server.
 */
export async function startDeployProxy(upstream: string): Promise<DeployProxy> {
  let deployed = false;
  const server = createServer((request, response) => {
    void (async () => {
      try {
        const path = request.url ?? '/';
        // The request's own headers: the server answers by them (e.g. a worker's CSP by Sec-Fetch-Dest).
        const headers = new Headers();
        for (const [name, value] of Object.entries(request.headers)) {
          if (typeof value === 'string' && !REQUEST_HOP_HEADERS.has(name)) headers.set(name, value);
        }
        const answer = await fetch(new URL(path, upstream), { headers });
        let body = Buffer.from(await answer.arrayBuffer());
        if (deployed && new URL(path, upstream).pathname === '/sw.js') {
          body = Buffer.concat([body, Buffer.from('\n// next deploy\n')]);
        }
        answer.headers.forEach((value, name) => {
          if (!HOP_HEADERS.has(name)) response.setHeader(name, value);
        });
        response.setHeader('content-length', body.length);
        response.writeHead(answer.status);
        response.end(body);
      } catch (error) {
        response.writeHead(502);
        response.end(String(error));
      }
    })();
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    deployNext() {
      deployed = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
