// @vitest-environment jsdom
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DOCX_STYLES } from './export-docx.ts';
import { exportSnapshot } from './export-snapshot.ts';
import type { ExportScope } from './export-snapshot.ts';
import { enIssue } from './fixtures/en-issue.ts';
import { zhIssue } from './fixtures/zh-issue.ts';
import type { IssueSnapshot } from './issue-snapshot.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface DocxParts {
  names: string[];
  document: Document;
  styles: Document;
}

const openDocx = async (snapshot: IssueSnapshot, scope: ExportScope): Promise<DocxParts> => {
  const file = await exportSnapshot(snapshot, 'docx', scope);
  expect(file.mimeType).toBe(
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
  expect(file.bytes).toBeInstanceOf(Uint8Array);
  const files = unzipSync(file.bytes);
  const parse = (name: string): Document => {
    const part = files[name];
    if (!part) throw new Error(`${name} is missing`);
    const document = new DOMParser().parseFromString(strFromU8(part), 'application/xml');
    expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
    return document;
  };
  return {
    names: Object.keys(files),
    document: parse('word/document.xml'),
    styles: parse('word/styles.xml'),
  };
};

/** Each paragraph of the body as [style id, text]. */
const paragraphs = (document: Document): Array<[string, string]> =>
  [...document.getElementsByTagNameNS(W, 'p')].map((paragraph) => [
    paragraph.getElementsByTagNameNS(W, 'pStyle')[0]?.getAttributeNS(W, 'val') ?? '',
    [...paragraph.getElementsByTagNameNS(W, 't')].map((text) => text.textContent).join(''),
  ]);

describe('exportDocx', () => {
  it('is a zip holding word/document.xml with the article in its styles', async () => {
    const { names, document, styles } = await openDocx(zhIssue, {
      kind: 'article',
      itemId: 'zh-fixture:3',
    });
    expect(names).toContain('word/document.xml');
    expect(names).toContain('[Content_Types].xml');
    expect(paragraphs(document)).toEqual([
      [DOCX_STYLES.kicker, '【双创】专业研讨会在太原举行'],
      ['Heading1', '中德共话循环经济'],
      [DOCX_STYLES.subtitle, '深化合作 共谋绿色发展'],
      [DOCX_STYLES.byline, '作者：李晓井'],
      [
        '',
        '本报讯 9月20日，“中德循环经济”专业研讨会在太原举行，两国专家围绕资源循环利用展开交流。',
      ],
      ['Heading2', '合作前景广阔'],
      ['', '与会专家表示，双方在固废处理、再生资源等领域合作前景广阔。'],
    ]);
    const styleNames = [...styles.getElementsByTagNameNS(W, 'style')].map((style) => [
      style.getAttributeNS(W, 'styleId'),
      style.getElementsByTagNameNS(W, 'name')[0]?.getAttributeNS(W, 'val'),
    ]);
    expect(styleNames).toEqual(
      expect.arrayContaining([
        [DOCX_STYLES.kicker, 'Kicker'],
        [DOCX_STYLES.subtitle, 'Deck'],
        ['Heading1', 'Heading 1'],
        ['Heading2', 'Heading 2'],
      ]),
    );
  });

  it('sets the language in the default run properties', async () => {
    const zh = await openDocx(zhIssue, { kind: 'issue' });
    const zhLang = zh.styles
      .getElementsByTagNameNS(W, 'rPrDefault')[0]!
      .getElementsByTagNameNS(W, 'lang')[0]!;
    expect(zhLang.getAttributeNS(W, 'eastAsia')).toBe('zh-CN');
    const en = await openDocx(enIssue, { kind: 'issue' });
    const enLang = en.styles
      .getElementsByTagNameNS(W, 'rPrDefault')[0]!
      .getElementsByTagNameNS(W, 'lang')[0]!;
    expect(enLang.getAttributeNS(W, 'val')).toBe('en-US');
  });

  it('opens an issue with its title and each page with a page heading, furniture left out', async () => {
    const { document } = await openDocx(zhIssue, { kind: 'issue' });
    const list = paragraphs(document);
    expect(list[0]).toEqual(['Title', '太原日报 · 2022-09-21']);
    expect(list.filter(([style]) => style === DOCX_STYLES.page)).toEqual([
      [DOCX_STYLES.page, '第1版 · 要闻'],
      [DOCX_STYLES.page, '第2版 · 城事'],
    ]);
    expect(list.filter(([style]) => style === 'Heading1').map(([, text]) => text)).toEqual([
      '中德共话循环经济',
      '市安全生产专班 加速完成全年任务',
    ]);
    expect(list).toContainEqual([
      DOCX_STYLES.caption,
      '9月20日，清徐县村民在田间采摘蔬菜，享受丰收的喜悦。（贾鹏、米国伟 摄）',
    ]);
    expect(list.map(([, text]) => text).join('\n')).not.toContain('责任编辑');
  });

  it('stays well-formed with markup and control characters in the text', async () => {
    const record = enIssue.items[0]!;
    const snapshot: IssueSnapshot = {
      ...enIssue,
      items: [
        {
          ...record,
          content: { ...record.content, headline: '<w:p>&\u0001\u000b "Bridge"</w:p>' },
        },
      ],
    };
    const { document } = await openDocx(snapshot, { kind: 'issue' });
    expect(paragraphs(document)).toContainEqual(['Heading1', '<w:p>& "Bridge"</w:p>']);
  });
});
