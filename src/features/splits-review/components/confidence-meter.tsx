import { DOUBTFUL_BELOW } from '../model/review-queue.ts';

/** Formats a 0..1 share as a whole percentage. */
export function formatPercent(share: number): string {
  return `${Math.round(Math.min(1, Math.max(0, share)) * 100)}%`;
}

/** How sure the engine is of a split: a bar, and the percentage in words. */
export function ConfidenceMeter({ value, label }: { value: number; label: string }) {
  const percent = formatPercent(value);
  const doubtful = value < DOUBTFUL_BELOW;
  return (
    <span
      className={doubtful ? 'split-confidence split-confidence--doubtful' : 'split-confidence'}
      title={`${label}: ${percent}`}
    >
      <span className="visually-hidden">{label}: </span>
      <span className="split-confidence__bar" aria-hidden="true">
        <span className="split-confidence__fill" style={{ width: percent }} />
      </span>
      <span className="split-confidence__value">{percent}</span>
    </span>
  );
}
