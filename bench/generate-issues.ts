import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Language mix of a generated issue. */
export type IssueMix = 'zh' | 'en' | 'mixed';

/** Real page texts the generated issues are made of. */
export interface PageCorpus {
  /** Folder the pages were read from, relative to the project root. */
  source: string;
  /** Chinese pages, in file-name order. */
  zh: CorpusPage[];
  /** English pages, in file-name order. */
  en: CorpusPage[];
}

/** One page of text. */
export interface CorpusPage {
  /** File name. */
  name: string;
  /** The page's text, ending with a newline. */
  text: string;
}

/** The shared real pages, or the built-in sample when `../shared` is not there. */
const corpusFolders = ['../shared/eval/real', 'public/samples'];

function isMostlyChinese(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han > latin;
}

/**
 * Reads the page corpus: every `.txt` file of the first folder that has any, sorted into zh and en.
 * @throws {Error} when no folder holds a page.
 */
export async function loadPageCorpus(repoRoot: string): Promise<PageCorpus> {
  for (const folder of corpusFolders) {
    const absolute = path.resolve(repoRoot, folder);
    let names: string[];
    try {
      names = (await readdir(absolute)).filter((name) => /\.txt$/i.test(name)).sort();
    } catch {
      continue;
    }
    const corpus: PageCorpus = { source: folder, zh: [], en: [] };
    for (const name of names) {
      if (/provenance|readme/i.test(name)) continue;
      const raw = await readFile(path.join(absolute, name), 'utf8');
      // A page as pdftotext leaves it: LF line ends, a final newline, no form feed of its own.
      const text = `${raw
        .replace(/^\uFEFF/, '')
        .replace(/\r\n?/g, '\n')
        .replace(/[\f\n]+$/, '')}\n`;
      (isMostlyChinese(text) ? corpus.zh : corpus.en).push({ name, text });
    }
    if (corpus.zh.length + corpus.en.length > 0) return corpus;
  }
  throw new Error(`No page texts found in ${corpusFolders.join(' or ')}.`);
}

/** The pages a mix is built from, in the order they are repeated; empty when the corpus lacks them. */
export function pagesForMix(corpus: PageCorpus, mix: IssueMix): CorpusPage[] {
  if (mix !== 'mixed') return corpus[mix];
  if (corpus.zh.length === 0 || corpus.en.length === 0) return [];
  const pages: CorpusPage[] = [];
  for (let index = 0; index < Math.max(corpus.zh.length, corpus.en.length); index++) {
    pages.push(corpus.zh[index % corpus.zh.length]!, corpus.en[index % corpus.en.length]!);
  }
  return pages;
}

/**
 * Builds an issue of about `characters` characters by repeating `pages` in order, each page
 * followed by a form feed as pdftotext writes them; cut at the last line end within the target.
 */
export function generateIssue(pages: readonly CorpusPage[], characters: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; length < characters; index++) {
    const page = pages[index % pages.length]!.text;
    parts.push(page, '\f');
    length += page.length + 1;
  }
  const text = parts.join('');
  const cut = text.lastIndexOf('\n', characters - 1);
  return cut > 0 ? text.slice(0, cut + 1) : text.slice(0, characters);
}
