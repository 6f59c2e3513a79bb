// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '../../../components/toast.tsx';
import { analyzeIssue } from '../../../core/segment/analyze-issue.ts';
import { ShortcutProvider } from '../../../lib/shortcuts.tsx';
import type { IssueId, IssueRecord, ItemRecord, ItemStatus } from '../../../storage/records.ts';
import { groupFlagsByLine, toItemRecord } from '../../../storage/to-item-record.ts';
import type { ReviewCard } from '../build-page-plan.ts';
import { SectionReview } from './section-review.tsx';

const text = [
  '第1版 要闻',
  '',
  '全市秋粮收购工作全面启动',
  '',
  '（见第2版）',
  '',
  '老城区供暖管网改造完工',
  '',
  '本报讯（记者 王 刚）10月8日，老城区供暖管网改造工程全面完工，惠及居民三万余户。',
  '',
  '\f第2版 经济',
  '',
  '全市秋粮收购工作全面启动',
  '',
  '本报讯 记者从市粮食局获悉，全市秋粮收购工作近日全面启动，各收购网点已做好准备。',
  '',
].join('\n');

function buildIssue(): { issue: IssueRecord; records: ItemRecord[] } {
  const analysis = analyzeIssue(text);
  const issueId = 'issue-1' as IssueId;
  const sourceLines = text.split('\n');
  const records = analysis.items.map((item, order) =>
    toItemRecord(item, order, 'confirmed', 0, {
      issueId,
      flagsByLine: groupFlagsByLine(analysis.flags),
      sourceLines,
      language: analysis.language,
      time: 0,
    }),
  );
  const issue: IssueRecord = {
    id: issueId,
    title: '太原日报',
    paper: '太原日报',
    date: '2022-10-09',
    language: analysis.language,
    sourceName: 'two-pages.txt',
    encoding: 'utf-8',
    text,
    flags: analysis.flags,
    lineCount: analysis.lineCount,
    pages: analysis.pages,
    createdAt: 0,
    updatedAt: 0,
    revision: 0,
  };
  return { issue, records };
}

function renderReview(
  onApprove = vi.fn((_card: ReviewCard, _status: ItemStatus) => Promise.resolve()),
) {
  const { issue, records } = buildIssue();
  render(
    <ShortcutProvider>
      <ToastProvider>
        <SectionReview issue={issue} records={records} onApprove={onApprove} />
      </ToastProvider>
    </ShortcutProvider>,
  );
  return { onApprove };
}

beforeAll(() => {
  Element.prototype.scrollIntoView = vi.fn();
  window.matchMedia = vi.fn(() => ({ matches: false }) as MediaQueryList);
});

afterEach(() => {
  cleanup();
});

describe('SectionReview on a two-page issue', () => {
  it('shows each page with its section and its cards in page order', () => {
    renderReview();
    const pageOne = screen.getByRole('region', { name: /^Page 1/ });
    const pageTwo = screen.getByRole('region', { name: /^Page 2/ });
    expect(within(pageOne).getByRole('heading', { level: 2 }).textContent).toBe('Page 1要闻');
    expect(
      within(pageOne)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['全市秋粮收购工作全面启动', '老城区供暖管网改造完工']);
    expect(within(pageTwo).getAllByRole('article')).toHaveLength(1);
  });

  it('links the teaser on page 1 to its article on page 2', () => {
    renderReview();
    const pageOne = screen.getByRole('region', { name: /^Page 1/ });
    const teaser = within(pageOne).getByRole('article', { name: '全市秋粮收购工作全面启动' });
    expect(teaser.textContent).toContain('Teaser for page 2');
    fireEvent.click(
      within(teaser).getByRole('button', { name: 'Go to “全市秋粮收购工作全面启动” on page 2' }),
    );
    const target = within(screen.getByRole('region', { name: /^Page 2/ })).getByRole('article');
    expect(document.activeElement).toBe(target);
  });

  it('moves with j and k and approves the card with a', async () => {
    const { onApprove } = renderReview();
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'k' });
    expect(document.activeElement?.getAttribute('aria-labelledby')).toBeTruthy();
    expect(document.activeElement?.textContent).toContain('老城区供暖管网改造完工');
    await act(async () => {
      fireEvent.keyDown(document.body, { key: 'a' });
      await Promise.resolve();
    });
    expect(onApprove).toHaveBeenCalledTimes(1);
    expect(onApprove.mock.calls[0]?.[0]).toMatchObject({ headline: '老城区供暖管网改造完工' });
    expect(onApprove.mock.calls[0]?.[1]).toBe('approved');
  });

  it('filters by status with the number keys', () => {
    renderReview();
    expect(screen.getAllByRole('article')).toHaveLength(3);
    act(() => {
      fireEvent.keyDown(document.body, { key: '5' });
    });
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    act(() => {
      fireEvent.keyDown(document.body, { key: '3' });
    });
    expect(screen.getAllByRole('article')).toHaveLength(3);
  });
});
