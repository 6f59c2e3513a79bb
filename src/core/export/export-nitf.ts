import { cleanText, toXmlChars } from './clean-text.ts';
import { countItemCharacters } from './count-item-characters.ts';
import type { IssueSnapshot, SnapshotItem } from './issue-snapshot.ts';
import { joinNames, toLanguageTag } from './to-readable-issue.ts';

/** The NITF 3.6 version string, fixed by the DTD. */
export const NITF_VERSION = '-//IPTC//DTD NITF 3.6//EN';
/** The namespace of NITF 3.x's XML Schema. */
export const NITF_NAMESPACE = 'http://iptc.org/std/NITF/2006-10-18/';

/** Escapes text for XML content and double-quoted attributes, dropping characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return toXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** A moment in ISO 8601 basic format, in UTC, as NITF's `norm` attributes want it (20220921T083000Z). */
export function toIsoBasic(date: Date): string {
  return (
    `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/** An issue date (YYYY-MM-DD) in ISO 8601 basic format, the start of that day (20220921T000000). */
export function issueDateToIsoBasic(date: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${match[1]}${match[2]}${match[3]}T000000` : null;
}

const attributes = (pairs: Array<[string, string | number | null]>): string =>
  pairs
    .filter((pair): pair is [string, string | number] => pair[1] !== null && pair[1] !== '')
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');

const element = (name: string, text: string, attrs: Array<[string, string | null]> = []): string =>
  `<${name}${attributes(attrs)}>${escapeXml(text)}</${name}>`;

/**
 * One item as a NITF 3.6 document: head (title, docdata with the item's id, the issue date as
 * date.issue and the export time as date.release, pubdata when the paper is known), body.head
 * (hedline with hl1 and an hl2 per kicker and subtitle, byline, dateline, the column label as the
 * series), body.content (a p per paragraph, an hl2 per crosshead, a photo's caption as a p), and
 * an empty body.end. Text is escaped and XML-illegal characters are dropped.
 */
export function exportNitf(
  snapshot: IssueSnapshot,
  record: SnapshotItem,
  exportedAt: Date,
): string {
  const { issue } = snapshot;
  const { content, item } = record;
  const language = issue.language;
  const headline = cleanText(content.headline);
  const kicker = cleanText(content.kicker);
  const subtitles = content.subtitles.map(cleanText).filter((line) => line !== '');
  const names = content.bylines.map(cleanText).filter((name) => name !== '');
  const dateline = cleanText(content.dateline);
  const section = cleanText(content.section);
  const caption = cleanText(content.caption);
  const blocks = content.body
    .map((block) => ({ type: block.type, text: cleanText(block.text) }))
    .filter((block) => block.text !== '');
  const released = toIsoBasic(exportedAt);
  const issued = (issue.date === null ? null : issueDateToIsoBasic(issue.date)) ?? released;
  const pageSection =
    issue.pages.find((page) => page.number === item.page)?.section ?? item.pageSection;
  const title = headline || caption || cleanText(issue.title);

  const head = [
    `<title>${escapeXml(title)}</title>`,
    '<docdata>',
    `  <doc-id${attributes([['id-string', record.id]])}/>`,
    `  <date.issue${attributes([['norm', issued]])}/>`,
    `  <date.release${attributes([['norm', released]])}/>`,
    '</docdata>',
  ];
  const paper = issue.paper === null ? '' : cleanText(issue.paper);
  if (paper !== '') {
    head.push(
      `<pubdata${attributes([
        ['type', 'print'],
        ['name', paper],
        ['date.publication', issue.date === null ? null : issueDateToIsoBasic(issue.date)],
        ['position.section', pageSection === null ? null : cleanText(pageSection)],
        ['position.sequence', item.page],
        ['item-length', countItemCharacters(record)],
        ['unit-of-measure', 'character'],
      ])}/>`,
    );
  }

  const bodyHead: string[] = [];
  if (headline !== '' || kicker !== '' || subtitles.length > 0) {
    bodyHead.push(
      '<hedline>',
      `  ${element('hl1', headline)}`,
      ...(kicker === '' ? [] : [`  ${element('hl2', kicker, [['class', 'kicker']])}`]),
      ...subtitles.map((subtitle) => `  ${element('hl2', subtitle)}`),
      '</hedline>',
    );
  }
  if (names.length > 0 && item.kind !== 'photo') {
    const persons = names.map((name) => element('person', name));
    const joined = language === 'zh' ? persons.join('、') : `By ${joinNames(persons, language)}`;
    bodyHead.push(`<byline>${joined}</byline>`);
  }
  if (dateline !== '') bodyHead.push(element('dateline', dateline));
  if (section !== '') bodyHead.push(`<series${attributes([['series.name', section]])}/>`);

  const bodyContent = blocks.map((block) =>
    block.type === 'crosshead' ? element('hl2', block.text) : element('p', block.text),
  );
  if (caption !== '') bodyContent.push(element('p', caption, [['class', 'caption']]));
  if (item.kind === 'photo' && names.length > 0) {
    bodyContent.push(element('p', joinNames(names, language), [['class', 'credit']]));
  }
  if (item.kind === 'teaser' && item.jumpPage !== null) {
    const jump = language === 'zh' ? `见第${item.jumpPage}版` : `See Page ${item.jumpPage}`;
    bodyContent.push(element('p', jump, [['class', 'jump']]));
  }

  const indent = (lines: string[], depth: number): string[] =>
    lines.map((line) => `${'  '.repeat(depth)}${line}`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<nitf${attributes([
      ['xmlns', NITF_NAMESPACE],
      ['version', NITF_VERSION],
      ['baselang', toLanguageTag(language)],
    ])}>`,
    '  <head>',
    ...indent(head, 2),
    '  </head>',
    '  <body>',
    '    <body.head>',
    ...indent(bodyHead, 3),
    '    </body.head>',
    '    <body.content>',
    ...indent(bodyContent, 3),
    '    </body.content>',
    '    <body.end/>',
    '  </body>',
    '</nitf>',
    '',
  ].join('\n');
}
