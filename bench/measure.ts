import { performance } from 'node:perf_hooks';

/** Timings of repeated runs of one piece of work. */
export interface Timing {
  /** Median of the measured runs, in milliseconds. */
  medianMs: number;
  /** The warm-up run, not part of the median, in milliseconds. */
  firstMs: number;
  /** Every measured run, in milliseconds. */
  runsMs: number[];
  /** What the last run returned (a count), so the work cannot be optimised away unread. */
  result: number;
}

/**
 * Times several pieces of work on the same input in interleaved rounds (one warm-up round, then
 * `runs` measured ones), so drift in the machine or the JIT favours none of them.
 */
export function timeInterleaved<Name extends string>(
  works: Record<Name, () => number>,
  runs: number,
): Record<Name, Timing> {
  const names = Object.keys(works) as Name[];
  const samples = new Map<Name, number[]>(names.map((name) => [name, []]));
  const results = new Map<Name, number>();
  for (let round = 0; round <= runs; round++) {
    for (const name of names) {
      const started = performance.now();
      results.set(name, works[name]());
      samples.get(name)!.push(performance.now() - started);
    }
  }
  return Object.fromEntries(
    names.map((name) => {
      const [firstMs, ...runsMs] = samples.get(name)!;
      const timing: Timing = {
        medianMs: median(runsMs),
        firstMs: firstMs!,
        runsMs,
        result: results.get(name)!,
      };
      return [name, timing];
    }),
  ) as Record<Name, Timing>;
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The `fraction` quantile of a non-empty list by the nearest-rank method (0.95 → p95). */
export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length)));
  return sorted[rank - 1]!;
}
