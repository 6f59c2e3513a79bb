import { useSampleAnalysis } from '../api/sample-analysis.ts';
import type { SampleAnalysisProgress } from '../api/sample-analysis.ts';
import { FlagTable } from './flag-table.tsx';
import { IssueSummary } from './issue-summary.tsx';
import { ItemCard } from './item-card.tsx';

const count = new Intl.NumberFormat('en-GB');

function describeProgress(progress: SampleAnalysisProgress | null): string {
  switch (progress?.stage) {
    case 'decoding':
      return `Reading ${count.format(progress.bytes)} bytes…`;
    case 'analysing':
      return `Analysing ${count.format(progress.characters)} characters…`;
    default:
      return 'Loading the sample issue…';
  }
}

/** The built-in sample issue's analysis: header, items in order, then flags. */
export function IssueOverview() {
  const { query, progress } = useSampleAnalysis();

  if (query.isPending) {
    return (
      <div className="state state--loading" role="status">
        <p className="state__message" id="analysis-progress-label">
          {describeProgress(progress)}
        </p>
        <progress className="state__progress" aria-labelledby="analysis-progress-label" />
      </div>
    );
  }

  if (query.isError) {
    return (
      <div className="state state--error" role="alert">
        <h1 className="state__title">The sample issue could not be analysed</h1>
        <p className="state__message">{query.error.message}</p>
        <button
          type="button"
          className="button"
          disabled={query.isFetching}
          onClick={() => void query.refetch()}
        >
          Try again
        </button>
      </div>
    );
  }

  const sample = query.data;
  const { analysis } = sample;
  return (
    <>
      <IssueSummary sample={sample} />

      <section className="issue-section" aria-labelledby="items-title">
        <h2 className="issue-section__title" id="items-title">
          Items
        </h2>
        {analysis.items.length === 0 ? (
          <p className="empty-note">The engine found no items in this issue.</p>
        ) : (
          <ol className="item-list" aria-labelledby="items-title">
            {analysis.items.map((item, index) => (
              <li className="item-list__entry" key={index}>
                <ItemCard item={item} lines={sample.lines} language={analysis.language} />
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="issue-section" aria-labelledby="flags-title">
        <h2 className="issue-section__title" id="flags-title">
          Flags
        </h2>
        <FlagTable flags={analysis.flags} language={analysis.language} />
      </section>
    </>
  );
}
