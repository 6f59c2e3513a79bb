import { describe, expect, it } from 'vitest';
import { parseRoute, routes } from './navigation.ts';

describe('export route', () => {
  const issueId = '5f0c-ab';
  const itemId = `${issueId}:62`;

  it('builds and reads the whole issue, a page and an article', () => {
    expect(routes.export(issueId)).toBe('#/issues/5f0c-ab/export');
    expect(parseRoute(routes.export(issueId))).toEqual({
      name: 'export',
      issueId,
      scope: { kind: 'issue' },
    });
    expect(routes.export(issueId, { kind: 'page', page: 2 })).toBe(
      '#/issues/5f0c-ab/export?scope=page:2',
    );
    expect(parseRoute(routes.export(issueId, { kind: 'page', page: 2 }))).toMatchObject({
      scope: { kind: 'page', page: 2 },
    });
    expect(parseRoute(routes.export(issueId, { kind: 'article', itemId }))).toEqual({
      name: 'export',
      issueId,
      scope: { kind: 'article', itemId },
    });
  });

  it('keeps an article id with characters that need escaping', () => {
    const odd = 'a b&c?d=e#f:3';
    const href = routes.export('x/y', { kind: 'article', itemId: odd });
    expect(parseRoute(href)).toEqual({
      name: 'export',
      issueId: 'x/y',
      scope: { kind: 'article', itemId: odd },
    });
  });

  it('reads a scope it cannot understand as the whole issue', () => {
    for (const query of [
      '?scope=page:0',
      '?scope=page:x',
      '?scope=article:',
      '?scope=other',
      '?x',
    ]) {
      expect(parseRoute(`#/issues/i/export${query}`)).toMatchObject({ scope: { kind: 'issue' } });
    }
  });

  it('leaves the other routes as they were', () => {
    expect(parseRoute('#/')).toEqual({ name: 'library' });
    expect(parseRoute('')).toEqual({ name: 'library' });
    expect(parseRoute('#/import')).toEqual({ name: 'import' });
    expect(parseRoute(routes.article('i', 'i:4'))).toEqual({
      name: 'article',
      issueId: 'i',
      itemId: 'i:4',
    });
    expect(parseRoute('#/issues/i/export/more')).toEqual({
      name: 'not-found',
      path: '/issues/i/export/more',
    });
  });
});
