import type { Language } from '../core/analysis-types.ts';
import {
  createProofreadingResources,
  isOneSegment,
  spellFromNspell,
  wordsFromNspell,
  type ProofreadingEngines,
  type ProofreadingResources,
} from '../core/proofread/proofreading-resources.ts';

/**
 * Loads the proofreading dictionaries in the browser, lazily and once per language, so neither
 * lands in the first bundle: jieba-wasm (4 MB of wasm with its dictionary) for Chinese, nspell
 * with dictionary-en's files for English. ICU's word segmenter, where the browser has one, is
 * the second opinion on Chinese words. Needs the `dictionary-en/index.(aff|dic)` alias in
 * vite.config.ts, since the package exports only its Node entry.
 */
const loading = new Map<Language, Promise<ProofreadingEngines>>();

async function loadChinese(): Promise<ProofreadingEngines> {
  const jieba = await import('jieba-wasm/web');
  await jieba.default();
  const segmenter =
    typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  return {
    cutZh: (text) => jieba.cut(text, false),
    ...(segmenter ? { isZhWordElsewhere: isOneSegment(segmenter) } : {}),
  };
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url}: ${response.status}`);
  return response.text();
}

async function loadEnglish(): Promise<ProofreadingEngines> {
  const [{ default: nspell }, { default: affUrl }, { default: dicUrl }] = await Promise.all([
    import('nspell'),
    import('dictionary-en/index.aff?url'),
    import('dictionary-en/index.dic?url'),
  ]);
  const [aff, dic] = await Promise.all([fetchText(affUrl), fetchText(dicUrl)]);
  const spell = nspell(aff, dic);
  return { spellEn: spellFromNspell(spell), listEnWords: () => wordsFromNspell(spell) };
}

function engines(language: Language): Promise<ProofreadingEngines> {
  let pending = loading.get(language);
  if (!pending) {
    pending = language === 'zh' ? loadChinese() : loadEnglish();
    // A failed load may be retried later (offline, then online again).
    pending.catch(() => loading.delete(language));
    loading.set(language, pending);
  }
  return pending;
}

/** Resources already built, by language set, so their word caches live as long as the page. */
const built = new Map<string, ProofreadingResources>();

/**
 * The proofreading dictionaries for the given languages, loaded on first request and kept. A
 * language whose dictionary fails to load is left out, so its dictionary detectors stay silent.
 */
export async function loadBrowserProofreadingResources(
  languages: readonly Language[] = ['zh', 'en'],
): Promise<ProofreadingResources> {
  const wanted = [...new Set(languages)].sort();
  const key = wanted.join('+');
  const known = built.get(key);
  if (known) return known;
  const loaded = await Promise.allSettled(wanted.map(engines));
  const merged: ProofreadingEngines = {};
  let complete = true;
  for (const result of loaded) {
    if (result.status === 'fulfilled') Object.assign(merged, result.value);
    else complete = false;
  }
  const resources = createProofreadingResources(merged);
  if (complete) built.set(key, resources);
  return resources;
}
