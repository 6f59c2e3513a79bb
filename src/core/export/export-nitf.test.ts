// @vitest-environment jsdom
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportNitf, escapeXml, issueDateToIsoBasic, toIsoBasic } from './export-nitf.ts';
import { exportSnapshot } from './export-snapshot.ts';
import { enIssue } from './fixtures/en-issue.ts';
import { zhIssue } from './fixtures/zh-issue.ts';
import type { IssueSnapshot } from './issue-snapshot.ts';

const EXPORTED_AT = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));

/** Parses XML as a browser does; throws with the parser's report when it is not well-formed. */
const parseXml = (xml: string): Document => {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(error.textContent);
  return document;
};

const texts = (document: Document, tag: string): string[] =>
  [...document.getElementsByTagName(tag)].map((element) => element.textContent);

describe('exportNitf', () => {
  it('writes a well-formed NITF 3.6 document with head, hedline, byline, dateline and paragraphs', () => {
    const article = zhIssue.items[1]!;
    const xml = exportNitf(zhIssue, article, EXPORTED_AT);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<nitf ')).toBe(true);
    const document = parseXml(xml);
    const root = document.documentElement;
    expect(root.localName).toBe('nitf');
    expect(root.getAttribute('version')).toBe('-//IPTC//DTD NITF 3.6//EN');
    expect(root.getAttribute('baselang')).toBe('zh-CN');
    expect(texts(document, 'title')).toEqual(['中德共话循环经济']);
    expect(document.getElementsByTagName('doc-id')[0]!.getAttribute('id-string')).toBe(article.id);
    expect(document.getElementsByTagName('date.issue')[0]!.getAttribute('norm')).toBe(
      '20220921T000000',
    );
    expect(document.getElementsByTagName('date.release')[0]!.getAttribute('norm')).toBe(
      '20240102T030405Z',
    );
    expect(document.getElementsByTagName('pubdata')[0]!.getAttribute('name')).toBe('太原日报');
    expect(texts(document, 'hl1')).toEqual(['中德共话循环经济']);
    expect(texts(document, 'hl2')).toEqual([
      '【双创】专业研讨会在太原举行',
      '深化合作 共谋绿色发展',
      '合作前景广阔',
    ]);
    expect(texts(document, 'person')).toEqual(['李晓井']);
    expect(texts(document, 'dateline')).toEqual(['本报讯']);
    const content = document.getElementsByTagName('body.content')[0]!;
    expect([...content.children].map((child) => child.localName)).toEqual(['p', 'hl2', 'p']);
    expect(document.getElementsByTagName('body.end')).toHaveLength(1);
  });

  it('orders the parts as the NITF DTD wants them', () => {
    const document = parseXml(exportNitf(enIssue, enIssue.items[0]!, EXPORTED_AT));
    const childNames = (tag: string): string[] =>
      [...document.getElementsByTagName(tag)[0]!.children].map((child) => child.localName);
    expect(childNames('nitf')).toEqual(['head', 'body']);
    expect(childNames('head')).toEqual(['title', 'docdata', 'pubdata']);
    expect(childNames('body')).toEqual(['body.head', 'body.content', 'body.end']);
    expect(childNames('body.head')).toEqual(['hedline', 'byline', 'dateline']);
    expect(childNames('hedline')[0]).toBe('hl1');
    expect(document.getElementsByTagName('byline')[0]!.textContent).toBe(
      'By JOHN A. MERRILL and MARY ROE',
    );
  });

  it('escapes markup and drops characters XML 1.0 forbids', () => {
    const hostile = '<script>alert("x")</script> & \u0000\u0001\u0008\u000b\u001f\uffff\ud800 ok';
    const record = {
      ...enIssue.items[0]!,
      content: {
        ...enIssue.items[0]!.content,
        headline: hostile,
        section: hostile,
        body: [{ type: 'paragraph' as const, text: hostile, sourceLines: [] }],
      },
    };
    const snapshot: IssueSnapshot = {
      ...enIssue,
      issue: { ...enIssue.issue, paper: `${hostile}"'` },
    };
    const xml = exportNitf(snapshot, record, EXPORTED_AT);
    const document = parseXml(xml);
    expect(document.getElementsByTagName('script')).toHaveLength(0);
    expect(texts(document, 'hl1')).toEqual(['<script>alert("x")</script> &  ok']);
    expect(document.getElementsByTagName('pubdata')[0]!.getAttribute('name')).toBe(
      '<script>alert("x")</script> &  ok"\'',
    );
    expect(document.getElementsByTagName('series')[0]!.getAttribute('series.name')).toBe(
      '<script>alert("x")</script> &  ok',
    );
  });

  it('leaves out pubdata when the paper is not known, and dates the issue by the export when its date is not known', () => {
    const snapshot: IssueSnapshot = {
      ...enIssue,
      issue: { ...enIssue.issue, paper: null, date: null },
    };
    const document = parseXml(exportNitf(snapshot, snapshot.items[0]!, EXPORTED_AT));
    expect(document.getElementsByTagName('pubdata')).toHaveLength(0);
    expect(document.getElementsByTagName('date.issue')[0]!.getAttribute('norm')).toBe(
      '20240102T030405Z',
    );
  });

  it('writes a photo caption and credit, and a teaser jump, as paragraphs', () => {
    const photo = parseXml(exportNitf(zhIssue, zhIssue.items[3]!, EXPORTED_AT));
    expect(texts(photo, 'p')).toEqual([
      '9月20日，清徐县村民在田间采摘蔬菜，享受丰收的喜悦。',
      '贾鹏、米国伟',
    ]);
    expect(photo.getElementsByTagName('byline')).toHaveLength(0);
    const teaser = parseXml(exportNitf(zhIssue, zhIssue.items[2]!, EXPORTED_AT));
    expect(texts(teaser, 'p')).toEqual(['见第2版']);
  });
});

describe('NITF exports of a scope', () => {
  it('zips one well-formed document per article for the issue', async () => {
    const file = await exportSnapshot(
      zhIssue,
      'nitf',
      { kind: 'issue' },
      { exportedAt: EXPORTED_AT },
    );
    expect(file.name).toBe('太原日报-2022-09-21-nitf.zip');
    expect(file.mimeType).toBe('application/zip');
    const files = unzipSync(file.bytes);
    expect(Object.keys(files)).toEqual([
      '02-中德共话循环经济.xml',
      '05-市安全生产专班-加速完成全年任务.xml',
    ]);
    for (const bytes of Object.values(files)) {
      const document = parseXml(new TextDecoder().decode(bytes));
      expect(document.getElementsByTagName('hl1')).toHaveLength(1);
    }
  });

  it('writes one document for an article', async () => {
    const file = await exportSnapshot(zhIssue, 'nitf', {
      kind: 'article',
      itemId: 'zh-fixture:21',
    });
    expect(file.name).toBe('太原日报-2022-09-21-05-市安全生产专班-加速完成全年任务.xml');
    expect(file.mimeType).toBe('application/xml');
    parseXml(new TextDecoder().decode(file.bytes));
  });

  it('refuses a page without articles', async () => {
    const photoOnly: IssueSnapshot = {
      ...zhIssue,
      items: zhIssue.items.map((item) =>
        item.item.page === 1 && item.item.kind === 'article'
          ? { ...item, item: { ...item.item, kind: 'photo' } }
          : item,
      ),
    };
    await expect(exportSnapshot(photoOnly, 'nitf', { kind: 'page', page: 1 })).rejects.toThrow(
      'Page 1 has no article to export as NITF.',
    );
  });
});

describe('NITF helpers', () => {
  it('formats dates in ISO 8601 basic format', () => {
    expect(toIsoBasic(new Date(Date.UTC(2022, 8, 21, 8, 30, 0)))).toBe('20220921T083000Z');
    expect(issueDateToIsoBasic('2022-09-21')).toBe('20220921T000000');
    expect(issueDateToIsoBasic('21/09/2022')).toBeNull();
  });

  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
});
