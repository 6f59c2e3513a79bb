import type { ReadableEntry, ReadableIssue } from './to-readable-issue.ts';

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Whether a URL may become a link in an export: http(s) or mailto only, nothing that runs. */
export function isSafeHref(url: string): boolean {
  return /^(?:https?:\/\/[^\s"'<>]+|mailto:[^\s"'<>:/]+@[^\s"'<>]+)$/i.test(url);
}

// Web and mail addresses in running text; full-width punctuation and quotes end them.
const URL_IN_TEXT = /\b(?:https?:\/\/|mailto:)[^\s"'<>\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]+/gi;

/** Escapes text and turns the http(s) and mailto addresses in it into links; no other scheme is linked. */
export function linkifyHtml(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    // A sentence's closing punctuation is not part of the address.
    const url = match[0].replace(/[.,;:!?)\]]+$/, '');
    if (!isSafeHref(url)) continue;
    html += escapeHtml(text.slice(last, match.index));
    html += `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(url)}</a>`;
    last = match.index + url.length;
  }
  return html + escapeHtml(text.slice(last));
}

const STYLE = `
body { margin: 2rem auto; max-width: 42rem; padding: 0 1rem; color: #111; background: #fff;
  font: 1.05rem/1.75 Georgia, "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", serif; }
h1, h2, h3, h4 { line-height: 1.3; }
h2 { border-bottom: 2px solid #111; padding-bottom: .2rem; font-size: 1.1rem; }
article + article { border-top: 1px solid #999; margin-top: 2rem; padding-top: 1rem; }
.section, .kicker, .subtitle, .byline, .dateline, .credit, .jump { color: #444; }
.section { font-weight: bold; margin: 0; }
.kicker { margin: 0; }
.subtitle { font-size: 1.1rem; margin: .2rem 0; }
.byline, .dateline { font-size: .95rem; margin: .2rem 0; }
figure { margin: 1rem 0; }
@media print { body { margin: 0; max-width: none; } article { break-inside: avoid-page; } a { color: inherit; } }
`.trim();

function entryHtml(entry: ReadableEntry, issue: ReadableIssue, level: number): string {
  const lines: string[] = [];
  const paragraph = (className: string, text: string): void => {
    if (text !== '') lines.push(`<p class="${className}">${linkifyHtml(text)}</p>`);
  };
  paragraph('section', entry.section);
  paragraph('kicker', entry.kicker);
  const jump =
    entry.jump === ''
      ? ''
      : `<span class="jump">${escapeHtml(issue.language === 'zh' ? `（${entry.jump}）` : ` (${entry.jump})`)}</span>`;
  // A teaser points to an article elsewhere: its headline is not a heading of this document.
  if (entry.kind === 'teaser') {
    lines.push(`<p class="teaser"><strong>${linkifyHtml(entry.headline)}</strong>${jump}</p>`);
  } else if (entry.headline !== '') {
    lines.push(`<h${level}>${linkifyHtml(entry.headline)}</h${level}>`);
  }
  for (const subtitle of entry.subtitles) paragraph('subtitle', subtitle);
  paragraph('byline', entry.byline);
  paragraph('dateline', entry.dateline);
  for (const block of entry.body) {
    if (block.type === 'crosshead') {
      lines.push(`<h${level + 1} class="crosshead">${linkifyHtml(block.text)}</h${level + 1}>`);
    } else {
      lines.push(`<p>${linkifyHtml(block.text)}</p>`);
    }
  }
  if (entry.caption !== '' || entry.credit !== '') {
    const credit =
      entry.credit === '' ? '' : ` <span class="credit">${escapeHtml(entry.credit)}</span>`;
    lines.push(`<figure><figcaption>${linkifyHtml(entry.caption)}${credit}</figcaption></figure>`);
  }
  return `<article class="${entry.kind}">\n${lines.join('\n')}\n</article>`;
}

/**
 * A standalone HTML document: every text escaped, links only for http(s) and mailto addresses, no
 * script, and a Content-Security-Policy that lets the opened file run nothing; a small inline
 * stylesheet that prints well.
 */
export function exportHtml(issue: ReadableIssue): string {
  const entries = issue.pages.flatMap((page) => page.entries);
  let title = issue.title;
  const parts: string[] = [];
  if (issue.scope.kind === 'article') {
    title = entries[0]?.headline || entries[0]?.caption || issue.title;
    parts.push(...entries.map((entry) => entryHtml(entry, issue, 1)));
  } else {
    if (issue.title !== '') parts.push(`<h1>${escapeHtml(issue.title)}</h1>`);
    for (const page of issue.pages) {
      parts.push(
        `<section class="page">\n<h2>${escapeHtml(page.heading)}</h2>\n${page.entries
          .map((entry) => entryHtml(entry, issue, 3))
          .join('\n')}\n</section>`,
      );
    }
  }
  return `<!DOCTYPE html>
<html lang="${escapeHtml(issue.languageTag)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Galley">
<title>${escapeHtml(title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<main>
${parts.join('\n')}
</main>
</body>
</html>
`;
}
