import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeIssue } from '../segment/analyze-issue.ts';
import { buildIssueSnapshot } from './build-issue-snapshot.ts';

const text = readFileSync(
  new URL('../../../public/samples/taiyuan-daily-2022-09-21.txt', import.meta.url),
  'utf8',
);

describe('buildIssueSnapshot', () => {
  it('builds the issue as the desk stores it on import', () => {
    const analysis = analyzeIssue(text);
    const snapshot = buildIssueSnapshot({
      id: 'issue-1',
      text,
      analysis,
      sourceName: 'taiyuan-daily-2022-09-21.txt',
      encoding: 'utf-8',
      time: 1000,
    });
    expect(snapshot.issue).toMatchObject({
      id: 'issue-1',
      title: 'Taiyuan Daily · 2022-09-21',
      paper: 'Taiyuan Daily',
      date: '2022-09-21',
      language: 'zh',
      lineCount: analysis.lineCount,
      createdAt: 1000,
      revision: 0,
    });
    expect(snapshot.revisions).toEqual([]);
    expect(snapshot.items.map((item) => item.id)).toEqual(
      analysis.items.map((item) => `issue-1:${item.startLine}`),
    );
    expect(snapshot.items.every((item) => item.status === 'detected')).toBe(true);
    const first = snapshot.items[0]!;
    expect(first.content.headline).toBe('市委常委会召开会议');
    expect(first.content.body[0]!.text.startsWith('本报讯（记者 殷雪鸢、梁 涛）')).toBe(true);
  });

  it('anchors each flag in its item, open, with the desk’s flag id', () => {
    const analysis = analyzeIssue(text);
    const snapshot = buildIssueSnapshot({
      id: 'i',
      text,
      analysis,
      sourceName: 'x.txt',
      encoding: 'utf-8',
      time: 0,
    });
    const flags = snapshot.items.flatMap((item) => item.flags);
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) {
      expect(flag.state).toBe('open');
      expect(flag.id).toBe(`${flag.source.line}:${flag.source.column}:${flag.type}`);
    }
    const doubled = snapshot.items.find((item) =>
      item.flags.some((flag) => flag.text === '阴性阴性'),
    );
    expect(doubled?.content.headline).toBe('退役军人招聘会 千余岗位等你来');
  });
});
