import {
  createProofreadingResources,
  isOneSegment,
  spellFromNspell,
  wordsFromNspell,
  type ProofreadingResources,
} from '../core/proofread/proofreading-resources.ts';

let loading: Promise<ProofreadingResources> | undefined;

/**
 * Loads the proofreading dictionaries in Node once: jieba-wasm for Chinese words (with ICU's
 * word segmenter as a second opinion) and nspell with dictionary-en for English. The modules load here; each dictionary is built on its first use,
 * so an English issue never pays for jieba's dictionary and a Chinese one never builds nspell.
 */
export function loadProofreadingResources(): Promise<ProofreadingResources> {
  loading ??= (async () => {
    const [jieba, { default: nspell }, { default: dictionary }] = await Promise.all([
      import('jieba-wasm/node'),
      import('nspell'),
      import('dictionary-en'),
    ]);
    let spell: ReturnType<typeof nspell> | undefined;
    let check: ((word: string) => boolean) | undefined;
    const loadSpell = (): ReturnType<typeof nspell> =>
      (spell ??= nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) }));
    return createProofreadingResources({
      cutZh: (text) => jieba.cut(text, false),
      isZhWordElsewhere: isOneSegment(new Intl.Segmenter('zh', { granularity: 'word' })),
      spellEn: (word) => (check ??= spellFromNspell(loadSpell()))(word),
      listEnWords: () => wordsFromNspell(loadSpell()),
    });
  })();
  return loading;
}
