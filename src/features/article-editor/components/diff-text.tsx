import type { Language } from '../../../core/analysis-types.ts';
import { useLocale, useT } from '../../../lib/i18n.tsx';
import type { DiffOptions, DiffPart } from '../model/diff-versions.ts';
import { editorMessages } from '../messages.ts';

const segmenters = new Map<Language, Intl.Segmenter>();

/** Comparison options for an article's language, with the browser's word segmenter when it has one. */
export function diffOptionsFor(language: Language): DiffOptions {
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return { language };
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language === 'zh' ? 'zh' : 'en', { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  return { language, segmenter };
}

/**
 * A comparison as running text: insertions underlined, deletions struck through (marks that do
 * not rely on colour), each announced by hidden words for screen readers.
 */
export function DiffText({
  parts,
  lang,
  className,
  scrollable = false,
}: {
  parts: readonly DiffPart[];
  lang: string;
  className: string;
  /** In a box of its own height: it takes the focus, so the keyboard can scroll it. */
  scrollable?: boolean;
}) {
  const t = useT(editorMessages);
  const { locale } = useLocale();
  // The hidden words are in the interface's language, the text in the article's.
  const said = locale === 'zh' ? 'zh-CN' : 'en';
  return (
    <p className={className} lang={lang} tabIndex={scrollable ? 0 : undefined}>
      {parts.map((part, index) =>
        part.kind === 'inserted' ? (
          <ins key={index}>
            <span className="visually-hidden" lang={said}>
              {t('diff.insertedStart')}{' '}
            </span>
            {part.text}
            <span className="visually-hidden" lang={said}>
              {' '}
              {t('diff.insertedEnd')}
            </span>
          </ins>
        ) : part.kind === 'deleted' ? (
          <del key={index}>
            <span className="visually-hidden" lang={said}>
              {t('diff.deletedStart')}{' '}
            </span>
            {part.text}
            <span className="visually-hidden" lang={said}>
              {' '}
              {t('diff.deletedEnd')}
            </span>
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}
