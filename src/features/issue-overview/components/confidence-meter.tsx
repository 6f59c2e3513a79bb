import { formatPercent } from './labels.ts';

/** Below this the split deserves a second look first. */
const lowConfidence = 0.6;

/** A split's confidence as a percentage with a bar. */
export function ConfidenceMeter({ value }: { value: number }) {
  const percent = formatPercent(value);
  const tone = value < lowConfidence ? 'low' : 'high';
  return (
    <span className={`confidence confidence--${tone}`}>
      <span className="confidence__label">Confidence</span>
      <span className="confidence__bar" aria-hidden="true">
        <span className="confidence__fill" style={{ width: percent }} />
      </span>
      <span className="confidence__value">{percent}</span>
    </span>
  );
}
