import { memo, useId } from 'react';
import type { Item, Language } from '../../../core/analysis-types.ts';
import { useT } from '../../../lib/i18n.tsx';
import { splitsMessages } from '../messages.ts';

/** What the selected item will be as an article: its fields and paragraphs, as rebuilt now. */
export const ArticlePreview = memo(function ArticlePreview({
  item,
  sourceLines,
  language,
}: {
  item: Item | undefined;
  sourceLines: readonly string[];
  language: Language;
}) {
  const t = useT(splitsMessages);
  const headingId = useId();
  // Paragraphs and crossheads in reading order.
  const blocks = item
    ? [
        ...item.paragraphs.map((paragraph) => ({
          type: 'paragraph' as const,
          at: paragraph.lines[0] ?? 0,
          text: paragraph.text,
        })),
        ...item.crossheads.map((line) => ({
          type: 'crosshead' as const,
          at: line,
          text: (sourceLines[line - 1] ?? '').trim(),
        })),
      ].sort((a, b) => a.at - b.at)
    : [];
  return (
    <section className="side-section preview" aria-labelledby={headingId}>
      <h2 id={headingId} className="side-section__title">
        {t('preview.title')}
      </h2>
      {!item ? null : item.kind === 'furniture' ? (
        <p className="preview__note">{t('preview.furniture')}</p>
      ) : (
        <article className="preview__article" lang={language}>
          {item.section ? <p className="preview__section">{item.section}</p> : null}
          {item.kicker ? <p className="preview__kicker">{item.kicker}</p> : null}
          {item.headline ? <h3 className="preview__headline">{item.headline}</h3> : null}
          {item.subtitles.map((subtitle, index) => (
            <p key={index} className="preview__subtitle">
              {subtitle}
            </p>
          ))}
          {item.dateline || item.bylines.length > 0 ? (
            <p className="preview__credits">
              {item.dateline ? (
                <span className="preview__dateline">
                  <span className="visually-hidden">{t('preview.dateline')}: </span>
                  {item.dateline}
                </span>
              ) : null}
              {item.bylines.length > 0 ? (
                <span className="preview__bylines">
                  <span className="preview__label">{t('preview.byline')}</span>{' '}
                  {item.bylines.join(language === 'zh' ? '、' : ', ')}
                </span>
              ) : null}
            </p>
          ) : null}
          {item.caption ? (
            <p className="preview__caption">
              <span className="preview__label">{t('preview.caption')}</span> {item.caption}
            </p>
          ) : null}
          {blocks.length > 0 ? (
            <div className="preview__body">
              {blocks.map((block) =>
                block.type === 'crosshead' ? (
                  <h4 key={`c${block.at}`} className="preview__crosshead">
                    {block.text}
                  </h4>
                ) : (
                  <p key={`p${block.at}`} className="preview__paragraph">
                    {block.text}
                  </p>
                ),
              )}
            </div>
          ) : item.kind === 'article' ? (
            <p className="preview__note">{t('preview.empty')}</p>
          ) : null}
          {item.jumpPage !== null ? (
            <p className="preview__jump">{t('preview.jump', { page: item.jumpPage })}</p>
          ) : null}
        </article>
      )}
    </section>
  );
});
