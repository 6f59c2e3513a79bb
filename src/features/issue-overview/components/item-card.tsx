import { useId } from 'react';
import type { Item, Language, Paragraph } from '../../../core/analysis-types.ts';
import { ConfidenceMeter } from './confidence-meter.tsx';
import { formatLineRange, itemKindLabels } from './labels.ts';

/** A body paragraph or crosshead, in source order. */
type BodyBlock =
  | { kind: 'paragraph'; line: number; paragraph: Paragraph }
  | { kind: 'crosshead'; line: number; text: string };

function orderBody(item: Item, lines: readonly string[]): BodyBlock[] {
  const blocks: BodyBlock[] = [
    ...item.paragraphs.map((paragraph): BodyBlock => ({
      kind: 'paragraph',
      line: paragraph.lines[0] ?? item.startLine,
      paragraph,
    })),
    ...item.crossheads.map((line): BodyBlock => ({
      kind: 'crosshead',
      line,
      text: lines[line - 1]?.trim() ?? '',
    })),
  ];
  return blocks.sort((a, b) => a.line - b.line);
}

function LineRef({ lines }: { lines: readonly number[] }) {
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (first === undefined || last === undefined) return null;
  return (
    <span className="line-ref" lang="en">
      <span className="visually-hidden">{first === last ? 'Line ' : 'Lines '}</span>
      {formatLineRange(first, last)}
    </span>
  );
}

/** One item of the analysis: what it is, why it was split there, and its parts. */
export function ItemCard({
  item,
  lines,
  language,
}: {
  item: Item;
  lines: readonly string[];
  language: Language;
}) {
  const id = useId();
  const kindId = `${id}-kind`;
  const rangeId = `${id}-range`;
  const headlineId = `${id}-headline`;
  const reasonsId = `${id}-reasons`;
  const body = orderBody(item, lines);
  const hasStory =
    item.headline !== null || item.caption !== null || body.length > 0 || item.jumpPage !== null;
  const labelledBy = [kindId, rangeId, item.headline === null ? null : headlineId]
    .filter(Boolean)
    .join(' ');

  return (
    <article className={`item-card item-card--${item.kind}`} aria-labelledby={labelledBy}>
      <header className="item-card__meta">
        <span className="kind-badge" id={kindId}>
          {itemKindLabels[item.kind]}
        </span>
        <span className="item-card__range" id={rangeId}>
          {item.startLine === item.endLine ? 'Line ' : 'Lines '}
          {formatLineRange(item.startLine, item.endLine)}
        </span>
        <span className="item-card__page">
          Page {item.page}
          {item.pageSection ? (
            <>
              {' · '}
              <span lang={language}>{item.pageSection}</span>
            </>
          ) : null}
        </span>
        <ConfidenceMeter value={item.confidence} />
      </header>

      <div className="item-card__story" lang={language}>
        {item.section ? <p className="story__section">{item.section}</p> : null}
        {item.kicker ? <p className="story__kicker">{item.kicker}</p> : null}
        {item.headline ? (
          <h3 className="story__headline" id={headlineId}>
            {item.headline}
          </h3>
        ) : null}
        {item.subtitles.map((subtitle, index) => (
          <p className="story__subtitle" key={index}>
            {subtitle}
          </p>
        ))}

        {item.dateline || item.bylines.length > 0 ? (
          <dl className="story__credits">
            {item.dateline ? (
              <div>
                <dt lang="en">Dateline</dt>
                <dd>{item.dateline}</dd>
              </div>
            ) : null}
            {item.bylines.length > 0 ? (
              <div>
                <dt lang="en">{item.bylines.length === 1 ? 'Byline' : 'Bylines'}</dt>
                <dd>
                  <ul className="story__bylines">
                    {item.bylines.map((name, index) => (
                      <li key={index}>{name}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            ) : null}
          </dl>
        ) : null}

        {body.length > 0 ? (
          <div className="story__body">
            {body.map((block) =>
              block.kind === 'crosshead' ? (
                <h4 className="story__crosshead" key={`c${block.line}`}>
                  <LineRef lines={[block.line]} />
                  <span className="story__crosshead-text">{block.text}</span>
                </h4>
              ) : (
                <div className="story__paragraph" key={`p${block.line}`}>
                  <LineRef lines={block.paragraph.lines} />
                  <p>{block.paragraph.text}</p>
                </div>
              ),
            )}
          </div>
        ) : null}

        {item.caption ? (
          <p className="story__caption">
            <span className="story__caption-label" lang="en">
              Caption
            </span>
            {item.caption}
          </p>
        ) : null}

        {item.jumpPage !== null ? (
          <p className="story__jump" lang="en">
            {item.kind === 'teaser' ? 'See page ' : 'Continued on page '}
            {item.jumpPage}
          </p>
        ) : null}

        {hasStory ? null : (
          <div className="story__source">
            {item.lines.map((line) => (
              <p key={line}>
                <LineRef lines={[line]} />
                <span>{lines[line - 1]?.trim()}</span>
              </p>
            ))}
          </div>
        )}
      </div>

      {item.reasons.length > 0 ? (
        <footer className="item-card__reasons">
          <p className="reasons__title" id={reasonsId}>
            Why split here
          </p>
          <ul aria-labelledby={reasonsId}>
            {item.reasons.map((reason, index) => (
              <li key={index}>{reason}</li>
            ))}
          </ul>
        </footer>
      ) : null}
    </article>
  );
}
