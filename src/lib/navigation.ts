import { useSyncExternalStore } from 'react';
import type { ExportScope } from '../core/export/export-snapshot.ts';

/** The desk's screens, as the hash router knows them. */
export type Route =
  | { name: 'library' }
  | { name: 'import' }
  | { name: 'splits'; issueId: string }
  | { name: 'article'; issueId: string; itemId: string }
  | { name: 'review'; issueId: string }
  | { name: 'export'; issueId: string; scope: ExportScope }
  | { name: 'not-found'; path: string };

/** Builds the href of each screen. */
export const routes = {
  library: () => '#/',
  import: () => '#/import',
  splits: (issueId: string) => `#/issues/${encodeURIComponent(issueId)}/splits`,
  article: (issueId: string, itemId: string) =>
    `#/issues/${encodeURIComponent(issueId)}/articles/${encodeURIComponent(itemId)}`,
  review: (issueId: string) => `#/issues/${encodeURIComponent(issueId)}/review`,
  /** The export screen, with the whole issue, a page (`page:3`) or an article chosen. */
  export: (issueId: string, scope: ExportScope = { kind: 'issue' }) => {
    const base = `#/issues/${encodeURIComponent(issueId)}/export`;
    if (scope.kind === 'page') return `${base}?scope=page:${scope.page}`;
    if (scope.kind === 'article')
      return `${base}?scope=article:${encodeURIComponent(scope.itemId)}`;
    return base;
  },
};

/** Reads `?scope=` of the export screen; anything it cannot read means the whole issue. */
function parseExportScope(query: string): ExportScope {
  const value = new URLSearchParams(query).get('scope') ?? '';
  const page = /^page:([1-9]\d{0,5})$/.exec(value);
  if (page?.[1]) return { kind: 'page', page: Number(page[1]) };
  if (value.startsWith('article:') && value.length > 'article:'.length) {
    return { kind: 'article', itemId: value.slice('article:'.length) };
  }
  return { kind: 'issue' };
}

/** Reads a route from a location hash ('#/issues/abc/splits'). */
export function parseRoute(hash: string): Route {
  const [path = '/', query = ''] = (hash.replace(/^#/, '') || '/').split('?', 2);
  if (path === '/' || path === '') return { name: 'library' };
  if (path === '/import') return { name: 'import' };
  const parts = path
    .split('/')
    .filter((part) => part.length > 0)
    .map(decodeURIComponent);
  if (parts[0] === 'issues' && parts[1]) {
    if (parts[2] === 'splits' && parts.length === 3) return { name: 'splits', issueId: parts[1] };
    if (parts[2] === 'review' && parts.length === 3) return { name: 'review', issueId: parts[1] };
    if (parts[2] === 'export' && parts.length === 3) {
      return { name: 'export', issueId: parts[1], scope: parseExportScope(query) };
    }
    if (parts[2] === 'articles' && parts[3] && parts.length === 4) {
      return { name: 'article', issueId: parts[1], itemId: parts[3] };
    }
  }
  return { name: 'not-found', path };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
  };
}

/** The current route; re-renders when the hash changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
  return parseRoute(hash);
}

/** Goes to a screen (an href from {@link routes}). */
export function navigate(href: string): void {
  if (window.location.hash !== href) window.location.hash = href;
}
