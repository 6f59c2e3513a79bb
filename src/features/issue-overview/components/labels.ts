import type { FlagType, ItemKind, Language } from '../../../core/analysis-types.ts';
import type { TextEncodingName } from '../../../core/decode/decode-text.ts';

/** How each item kind is named on the page. */
export const itemKindLabels: Record<ItemKind, string> = {
  article: 'Article',
  teaser: 'Teaser',
  photo: 'Photo',
  furniture: 'Furniture',
};

/** How each detected language is named on the page. */
export const languageLabels: Record<Language, string> = {
  zh: 'Chinese',
  en: 'English',
};

/** How each encoding the decoder recognises is named on the page. */
export const encodingLabels: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (BOM)',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  gb18030: 'GB18030',
};

/** How each OCR fault type is named on the page. */
export const flagTypeLabels: Record<FlagType, string> = {
  'duplicated-word': 'Duplicated word',
  'similar-shape': 'Look-alike character',
  'stray-latin': 'Stray Latin word',
  'dropped-reduplication': 'Dropped reduplication',
  'punctuation-width': 'Punctuation width',
  'english-lookalike': 'Look-alike letters',
  hyphenation: 'Hyphenation',
  'broken-paragraph': 'Broken paragraph',
};

/** Formats a 1-based line range, e.g. "3–21" or "7". */
export function formatLineRange(first: number, last: number): string {
  return first === last ? String(first) : `${first}–${last}`;
}

/** Formats a 0..1 share as a whole percentage. */
export function formatPercent(share: number): string {
  return `${Math.round(Math.min(1, Math.max(0, share)) * 100)}%`;
}
