import type { Flag, Language } from '../../../core/analysis-types.ts';
import { flagTypeLabels } from './labels.ts';

function sortFlags(flags: readonly Flag[]): Flag[] {
  return [...flags].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Suspected OCR faults, one row each, in source order. */
export function FlagTable({ flags, language }: { flags: readonly Flag[]; language: Language }) {
  if (flags.length === 0) {
    return <p className="empty-note">The proofreader raised no flags in this issue.</p>;
  }
  return (
    <div className="table-scroll">
      <table className="flag-table">
        <caption className="visually-hidden">Suspected OCR faults</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Type</th>
            <th scope="col">Text → suggestion</th>
            <th scope="col">Message</th>
          </tr>
        </thead>
        <tbody>
          {sortFlags(flags).map((flag, index) => (
            <tr key={`${flag.line}:${flag.column}:${index}`}>
              <td className="flag-table__line">{flag.line}</td>
              <td>
                <span className={`flag-type${flag.severity === 2 ? ' flag-type--severe' : ''}`}>
                  {flagTypeLabels[flag.type]}
                </span>
                {flag.severity === 2 ? (
                  <span className="flag-table__severity">headline</span>
                ) : null}
              </td>
              <td className="flag-table__fix">
                <del lang={language}>{flag.text}</del>
                <span aria-hidden="true"> → </span>
                <span className="visually-hidden"> replace with </span>
                {flag.suggestion === null ? (
                  <span className="flag-table__none">no suggestion</span>
                ) : (
                  <ins lang={language}>{flag.suggestion}</ins>
                )}
              </td>
              <td>{flag.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
