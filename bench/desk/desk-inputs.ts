import { analyzeIssue } from '../../src/core/segment/analyze-issue.ts';
import { generateIssue, pagesForMix } from '../generate-issues.ts';
import type { PageCorpus } from '../generate-issues.ts';

/** A text the desk bench imports, with what the engine makes of it. */
export interface DeskInput {
  /** File name given to the dropped file. */
  fileName: string;
  /** The page text. */
  text: string;
  /** Pages (form-feed separated). */
  pages: number;
  /** Items the engine finds (articles, teasers, photos, furniture). */
  items: number;
  /** Articles among them. */
  articles: number;
  /** Length of the longest article's lines, in characters. */
  longestArticle: number;
}

function describe(fileName: string, text: string): DeskInput {
  const analysis = analyzeIssue(text);
  const lines = text.split('\n');
  const articles = analysis.items.filter((item) => item.kind === 'article');
  const longestArticle = Math.max(
    0,
    ...articles.map((item) =>
      lines.slice(item.startLine - 1, item.endLine).reduce((sum, line) => sum + line.length, 0),
    ),
  );
  return {
    fileName,
    text,
    pages: text.split('\f').filter((page) => page.trim() !== '').length,
    items: analysis.items.length,
    articles: articles.length,
    longestArticle,
  };
}

/** A Chinese issue of about `characters` characters made of the shared real pages. */
export function chineseIssue(corpus: PageCorpus, characters: number, fileName: string): DeskInput {
  const pages = pagesForMix(corpus, 'zh');
  if (pages.length === 0) throw new Error(`No Chinese pages in ${corpus.source}.`);
  return describe(fileName, generateIssue(pages, characters));
}

/** Whole sentences of the Chinese pages' running text, without datelines and bylines. */
function chineseSentences(corpus: PageCorpus): string[] {
  const running = corpus.zh
    .map((page) => page.text.replace(/[\f\u3000 ]/g, '').replace(/\n/g, ''))
    .join('');
  return running
    .split(/(?<=[。！？])/u)
    .filter(
      (sentence) =>
        sentence.length >= 20 &&
        sentence.length <= 150 &&
        !/本报|新华社|记者|日电|电（|摄/u.test(sentence) &&
        /^[\p{Script=Han}“《（]/u.test(sentence),
    );
}

/**
 * One long Chinese article: a headline, a dateline and paragraphs of the real pages' sentences
 * (one line per paragraph, a blank line between, as pdftotext writes a modern broadsheet) until
 * the body reaches `characters`.
 */
export function longChineseArticle(corpus: PageCorpus, characters: number): DeskInput {
  const sentences = chineseSentences(corpus);
  if (sentences.length === 0) throw new Error(`No Chinese running text in ${corpus.source}.`);
  const paragraphs: string[] = [];
  let paragraph = '本报讯（记者 王 明 李 静）';
  let length = 0;
  for (let index = 0; length < characters; index++) {
    const sentence = sentences[index % sentences.length]!;
    paragraph += sentence;
    length += sentence.length;
    // Paragraphs of three to five sentences, varying as real copy does.
    if ((index % 7) % 3 === 2 || paragraph.length > 320) {
      paragraphs.push(paragraph);
      paragraph = '';
    }
  }
  if (paragraph !== '') paragraphs.push(paragraph);
  const text = ['城市更新行动全面提速　老旧小区改造惠及十万居民', ...paragraphs].join('\n\n');
  return describe('long-article-20k.txt', `${text}\n`);
}
