// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { escapeHtml, isSafeHref, linkifyHtml } from './export-html.ts';
import { exportSnapshot } from './export-snapshot.ts';
import type { ExportScope } from './export-snapshot.ts';
import { enIssue } from './fixtures/en-issue.ts';
import { zhIssue } from './fixtures/zh-issue.ts';
import type { IssueSnapshot } from './issue-snapshot.ts';

/** Payloads that run script when pasted into HTML unescaped. */
const XSS_PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">plain</a>',
  '<a href="jav&#x61;script:alert(1)">obfuscated</a>',
  'javascript:alert(1)',
  '<svg><script>alert(1)</script></svg>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<style>@import "javascript:alert(1)"</style>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<a href="data:text/html,<script>alert(1)</script>">data</a>',
  '"><script>alert(1)</script>',
  "' onmouseover='alert(1)",
];

const hostile = (base: IssueSnapshot): IssueSnapshot => {
  const payload = XSS_PAYLOADS.join(' ');
  return {
    ...base,
    issue: { ...base.issue, title: payload },
    items: base.items.map((record) => ({
      ...record,
      content: {
        ...record.content,
        section: payload,
        kicker: payload,
        headline: payload,
        subtitles: XSS_PAYLOADS,
        dateline: payload,
        bylines: XSS_PAYLOADS,
        caption: payload,
        body: XSS_PAYLOADS.map((text, index) => ({
          type: index % 3 === 0 ? ('crosshead' as const) : ('paragraph' as const),
          text,
          sourceLines: [],
        })),
      },
    })),
  };
};

const render = async (snapshot: IssueSnapshot, scope: ExportScope): Promise<Document> => {
  const file = await exportSnapshot(snapshot, 'html', scope);
  return new DOMParser().parseFromString(new TextDecoder().decode(file.bytes), 'text/html');
};

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'srcdoc', 'xlink:href', 'data'];

describe('exportHtml', () => {
  it.each([
    ['the issue', { kind: 'issue' } as const],
    ['a page', { kind: 'page', page: 1 } as const],
    ['an article', { kind: 'article', itemId: 'zh-fixture:3' } as const],
  ])('keeps every XSS payload as text in %s', async (_name, scope) => {
    const document = await render(hostile(zhIssue), scope);
    const elements = [...document.querySelectorAll('*')];
    expect(
      document.querySelectorAll('script, iframe, object, embed, form, svg, math, img, base'),
    ).toHaveLength(0);
    expect(document.querySelectorAll('style')).toHaveLength(1);
    expect(document.querySelector('style')!.parentElement).toBe(document.head);
    for (const element of elements) {
      for (const attribute of element.getAttributeNames()) {
        expect(attribute.startsWith('on'), `${element.localName} ${attribute}`).toBe(false);
      }
      for (const name of URL_ATTRIBUTES) {
        const value = element.getAttribute(name);
        if (value !== null) expect(value).toMatch(/^(?:https?:|mailto:)/);
      }
    }
    // Each payload reads as the text it is.
    const body = document.body.textContent;
    for (const payload of XSS_PAYLOADS) expect(body).toContain(payload);
  });

  it('forbids the opened file to run or load anything', async () => {
    const document = await render(enIssue, { kind: 'issue' });
    const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(policy?.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    // The policy must come before anything it governs.
    expect(document.head.firstElementChild?.getAttribute('charset')).toBe('utf-8');
    expect(document.head.children[1]).toBe(policy);
  });

  it('is a complete document in the issue language with headings in order', async () => {
    const zh = await render(zhIssue, { kind: 'issue' });
    expect(zh.documentElement.lang).toBe('zh-CN');
    expect(zh.title).toBe('太原日报 · 2022-09-21');
    expect([...zh.querySelectorAll('h1, h2, h3, h4')].map((heading) => heading.localName)).toEqual([
      'h1',
      'h2',
      'h3',
      'h4',
      'h2',
      'h3',
    ]);
    const en = await render(enIssue, { kind: 'article', itemId: 'en-fixture:3' });
    expect(en.documentElement.lang).toBe('en');
    expect(en.title).toBe('Council Votes "New" Bridge Funds, 7 to 2');
    expect(en.querySelector('h1')?.textContent).toBe('Council Votes "New" Bridge Funds, 7 to 2');
    expect(en.querySelector('h2')?.textContent).toBe('Work Begins in Spring');
  });

  it('leaves page furniture out of a page, but not when it is the item asked for', async () => {
    const page = await render(zhIssue, { kind: 'page', page: 2 });
    expect(page.body.textContent).not.toContain('责任编辑');
    const item = await render(zhIssue, { kind: 'article', itemId: 'zh-fixture:30' });
    expect(item.body.textContent).toContain('责任编辑：王 芳');
  });
});

describe('HTML helpers', () => {
  it('escapes the characters that open markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });

  it.each([
    ['https://example.org/a?b=1&c=2', true],
    ['http://example.org', true],
    ['mailto:desk@example.org', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['data:text/html,hi', false],
    ['vbscript:msgbox', false],
    ['//example.org', false],
    ['https://exa mple.org', false],
    ['mailto:javascript:alert(1)', false],
  ])('isSafeHref(%j) is %s', (url, safe) => {
    expect(isSafeHref(url)).toBe(safe);
  });

  it('links web and mail addresses only, leaving a sentence’s punctuation out', () => {
    expect(
      linkifyHtml(
        'See https://example.org/a_b?x=1&y=2. Or mailto:desk@example.org, not javascript:alert(1).',
      ),
    ).toBe(
      'See <a href="https://example.org/a_b?x=1&amp;y=2" rel="noopener noreferrer">https://example.org/a_b?x=1&amp;y=2</a>. ' +
        'Or <a href="mailto:desk@example.org" rel="noopener noreferrer">mailto:desk@example.org</a>, not javascript:alert(1).',
    );
    expect(linkifyHtml('详见https://example.org/news。')).toBe(
      '详见<a href="https://example.org/news" rel="noopener noreferrer">https://example.org/news</a>。',
    );
    expect(linkifyHtml('"https://example.org/"onmouseover="x"')).not.toContain('onmouseover="x"');
  });
});
