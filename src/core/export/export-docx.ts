import type * as Docx from 'docx';
import type { IParagraphStyleOptions, IRunOptions, Paragraph } from 'docx';
import { captionLine, withJump } from './to-readable-issue.ts';
import type { ReadableEntry, ReadableIssue } from './to-readable-issue.ts';

/** The named paragraph styles the DOCX export defines, by what they are for. */
export const DOCX_STYLES = {
  section: 'GalleySection',
  kicker: 'GalleyKicker',
  subtitle: 'GalleySubtitle',
  byline: 'GalleyByline',
  dateline: 'GalleyDateline',
  caption: 'GalleyCaption',
  page: 'GalleyPage',
} as const;

const HALF_POINTS = 2;

const paragraphStyles = (): IParagraphStyleOptions[] => [
  {
    id: DOCX_STYLES.section,
    name: 'Section Label',
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { bold: true, size: 10 * HALF_POINTS, color: '555555' },
    paragraph: { spacing: { before: 240, after: 0 } },
  },
  {
    id: DOCX_STYLES.kicker,
    name: 'Kicker',
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { size: 12 * HALF_POINTS, color: '333333' },
    paragraph: { spacing: { before: 120, after: 0 }, keepNext: true },
  },
  {
    id: DOCX_STYLES.subtitle,
    name: 'Deck',
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { size: 13 * HALF_POINTS, color: '333333' },
    paragraph: { spacing: { before: 0, after: 60 }, keepNext: true },
  },
  {
    id: DOCX_STYLES.byline,
    name: 'Byline',
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { italics: true, size: 10 * HALF_POINTS },
    paragraph: { spacing: { before: 60, after: 0 }, keepNext: true },
  },
  {
    id: DOCX_STYLES.dateline,
    name: 'Dateline',
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { bold: true, size: 10 * HALF_POINTS },
    paragraph: { spacing: { before: 60, after: 120 }, keepNext: true },
  },
  {
    id: DOCX_STYLES.caption,
    name: 'Photo Caption',
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { italics: true, size: 10 * HALF_POINTS },
  },
  {
    id: DOCX_STYLES.page,
    name: 'Page Heading',
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { bold: true, size: 11 * HALF_POINTS, allCaps: true, color: '555555' },
    paragraph: {
      spacing: { before: 240, after: 240 },
      border: { bottom: { style: 'single', size: 8, color: '555555', space: 2 } },
    },
  },
];

function entryParagraphs(
  entry: ReadableEntry,
  issue: ReadableIssue,
  { HeadingLevel, Paragraph, TextRun }: typeof Docx,
): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const styled = (style: string, text: string): void => {
    if (text !== '') paragraphs.push(new Paragraph({ style, children: [new TextRun(text)] }));
  };
  styled(DOCX_STYLES.section, entry.section);
  styled(DOCX_STYLES.kicker, entry.kicker);
  const headline = withJump(entry, issue.language);
  if (entry.kind === 'teaser') {
    // A teaser points to an article elsewhere: its headline is not a heading of this document.
    // Typed apart: inside TextRun's `IRunOptions | string` the checker takes `bold` for String#bold.
    const run: IRunOptions = { text: headline, bold: true };
    paragraphs.push(new Paragraph({ children: [new TextRun(run)] }));
  } else if (headline !== '') {
    paragraphs.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(headline)] }),
    );
  }
  for (const subtitle of entry.subtitles) styled(DOCX_STYLES.subtitle, subtitle);
  styled(DOCX_STYLES.byline, entry.byline);
  styled(DOCX_STYLES.dateline, entry.dateline);
  for (const block of entry.body) {
    paragraphs.push(
      block.type === 'crosshead'
        ? new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(block.text)] })
        : new Paragraph({
            children: [new TextRun(block.text)],
            // Chinese paragraphs open with a two-character indent, as the paper sets them.
            ...(issue.language === 'zh' ? { indent: { firstLine: 480 } } : {}),
            spacing: { after: 120 },
          }),
    );
  }
  styled(DOCX_STYLES.caption, captionLine(entry, issue.language));
  return paragraphs;
}

/**
 * A Word document for copy editors who finish in Word: each headline is Heading 1 and each
 * crosshead Heading 2; section labels, kickers, subtitles (decks), bylines, datelines and photo
 * captions have their own named styles; for a page or the issue, the title is the Title and each
 * page opens with a Page Heading. The language is set in the default run properties so Word
 * proofs the text in the right language. Returns the .docx bytes (works in Node and browsers).
 */
export async function exportDocx(issue: ReadableIssue): Promise<Uint8Array> {
  // Loaded on first use: the library is large, and most exports and pages never need it.
  const docx = await import('docx');
  const { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } = docx;
  const children: Paragraph[] = [];
  if (issue.scope.kind !== 'article' && issue.title !== '') {
    children.push(
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(issue.title)] }),
    );
  }
  issue.pages.forEach((page, pageIndex) => {
    if (issue.scope.kind !== 'article') {
      children.push(
        new Paragraph({
          style: DOCX_STYLES.page,
          pageBreakBefore: pageIndex > 0,
          children: [new TextRun(page.heading)],
        }),
      );
    }
    page.entries.forEach((entry, index) => {
      if (index > 0) {
        children.push(
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('* * *')] }),
        );
      }
      children.push(...entryParagraphs(entry, issue, docx));
    });
  });
  const zh = issue.language === 'zh';
  const headline = issue.pages[0]?.entries[0]?.headline;
  const document = new Document({
    creator: 'Galley',
    title: issue.scope.kind === 'article' && headline ? headline : issue.title,
    styles: {
      default: {
        document: {
          // Latin words in a Chinese text are proofed as English, as Word does for a Chinese document.
          run: { language: zh ? { value: 'en-US', eastAsia: 'zh-CN' } : { value: 'en-US' } },
        },
        heading1: { run: { size: 18 * HALF_POINTS, bold: true }, paragraph: { keepNext: true } },
        heading2: { run: { size: 13 * HALF_POINTS, bold: true }, paragraph: { keepNext: true } },
      },
      paragraphStyles: paragraphStyles(),
    },
    sections: [{ children }],
  });
  return Packer.pack(document, 'uint8array');
}
