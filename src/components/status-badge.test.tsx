// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../lib/i18n.tsx';
import { KindBadge } from './kind-badge.tsx';
import { StatusBadge } from './status-badge.tsx';

afterEach(cleanup);

describe('StatusBadge', () => {
  it('says the status in words, in the interface language', () => {
    render(
      <I18nProvider initial="zh">
        <StatusBadge status="approved" />
      </I18nProvider>,
    );
    expect(screen.getByText('已审定').closest('[data-status]')?.getAttribute('data-status')).toBe(
      'approved',
    );
  });

  it('takes another language when asked, marked with lang', () => {
    render(
      <I18nProvider initial="zh">
        <StatusBadge status="detected" locale="en" />
      </I18nProvider>,
    );
    expect(screen.getByText('Detected').getAttribute('lang')).toBe('en');
  });
});

describe('KindBadge', () => {
  it('names the kind', () => {
    render(<KindBadge kind="teaser" />);
    expect(screen.getByText('Teaser').className).toContain('kind-badge--teaser');
  });
});
