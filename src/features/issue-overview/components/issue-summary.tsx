import type { SampleAnalysis } from '../api/sample-analysis.ts';
import { sampleIssue } from '../api/sample-issue.ts';
import { encodingLabels, languageLabels } from './labels.ts';

const issueDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
const count = new Intl.NumberFormat('en-GB');

/** The issue header: which issue this is and what the engine found in it. */
export function IssueSummary({ sample }: { sample: SampleAnalysis }) {
  const { analysis } = sample;
  const stories = analysis.items.filter((item) => item.kind !== 'furniture').length;
  const furniture = analysis.items.length - stories;
  const stats: [label: string, value: string][] = [
    ['Language', `${languageLabels[analysis.language]} (${analysis.language})`],
    ['Pages', count.format(analysis.pages.length)],
    ['Items', count.format(stories)],
    ['Furniture', count.format(furniture)],
    ['Flags', count.format(analysis.flags.length)],
    ['Lines', count.format(analysis.lineCount)],
    ['Encoding', encodingLabels[sample.encoding]],
    ['Analysed in', `${count.format(Math.round(sample.elapsedMs))} ms`],
  ];
  return (
    <section className="issue-summary" aria-labelledby="issue-title">
      <p className="issue-summary__eyebrow">Sample issue</p>
      <h1 className="issue-summary__title" id="issue-title">
        {sampleIssue.paper}
        <span className="issue-summary__date">
          {issueDate.format(new Date(`${sampleIssue.date}T00:00:00Z`))}
        </span>
      </h1>
      <dl className="issue-summary__stats" aria-label="Issue summary">
        {stats.map(([label, value]) => (
          <div className="stat" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
