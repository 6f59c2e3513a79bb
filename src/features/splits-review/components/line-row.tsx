import { memo } from 'react';
import type { ItemKind, Language, LineRole } from '../../../core/analysis-types.ts';

/** One source line in the text pane: its number, its role and its text. */
export const LineRow = memo(function LineRow({
  line,
  text,
  role,
  roleLabel,
  kind,
  band,
  selected,
  cursor,
  language,
  onPick,
}: {
  line: number;
  text: string;
  /** Null for a line no item holds. */
  role: LineRole | null;
  roleLabel: string;
  /** Kind of the item holding the line, null for none. */
  kind: ItemKind | null;
  /** Alternates between neighbouring items so each item reads as one band. */
  band: 0 | 1;
  selected: boolean;
  cursor: boolean;
  language: Language;
  onPick: (line: number) => void;
}) {
  const classes = ['line-row', `line-row--band${band}`];
  if (kind) classes.push(`line-row--${kind}`);
  else classes.push('line-row--orphan');
  if (role) classes.push(`line-row--role-${role}`);
  if (selected) classes.push('is-selected');
  if (cursor) classes.push('is-cursor');
  return (
    <div
      className={classes.join(' ')}
      data-line={line}
      aria-current={cursor ? 'location' : undefined}
      onClick={() => {
        onPick(line);
      }}
    >
      <span className="line-row__number">{line}</span>
      <span className="line-row__role">{roleLabel}</span>
      <span className="line-row__text" lang={language}>
        {text}
      </span>
    </div>
  );
});
