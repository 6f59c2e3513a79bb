/**
 * Dictionaries the proofreader consults. The platform provides them (Node in the CLI, lazy
 * loads in the browser), so the core stays free of I/O; every member is optional and a
 * detector that lacks its dictionary simply stays silent.
 */
export interface ProofreadingResources {
  /** True when the string is a known Chinese word (e.g. backed by jieba's dictionary). */
  isZhWord?: (word: string) => boolean;
  /** Splits a Chinese run into words (e.g. jieba's cut, or Intl.Segmenter line by line). */
  segmentZh?: (text: string) => string[];
  /** True when the string is a correctly spelled English word (e.g. nspell + dictionary-en). */
  isEnWord?: (word: string) => boolean;
}
