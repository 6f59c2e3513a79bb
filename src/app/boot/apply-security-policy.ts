import { config as configureZod } from 'zod';

/** The minimal Trusted Types surface used here (the DOM typings do not have it yet). */
interface TrustedTypesFactory {
  /** The 'default' policy, once one is made. */
  defaultPolicy: unknown;
  createPolicy(name: string, rules: { createScriptURL: (input: string) => string | null }): unknown;
}

/**
 * Prepares the page for the Content-Security-Policy of the built desk
 * (scripts/content-security-policy.ts); call it before anything else runs.
 *
 * - Makes the 'default' Trusted Types policy the CSP allows: script URLs of Galley's own origin pass
 *   (the analysis worker, whose `new Worker(new URL(…))` Vite must see as it is), any other is
 *   refused. It makes no HTML or script, so innerHTML, eval and their kin stay closed.
 * - Tells zod never to compile validators with `new Function`: the policy forbids it, and zod's
 *   probe for it, though caught, would be reported as a violation.
 */
export function applySecurityPolicy(): void {
  configureZod({ jitless: true });
  const factory = (window as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  // Without Trusted Types there is nothing to pass; a second call (hot reload) keeps the first.
  if (!factory || factory.defaultPolicy) return;
  factory.createPolicy('default', {
    createScriptURL: (input) => {
      const url = new URL(input, document.baseURI);
      // null refuses the URL: the browser blocks the load and reports the violation.
      return url.origin === window.location.origin ? url.href : null;
    },
  });
}
