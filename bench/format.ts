import type { BenchTable } from './bench-module.ts';

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** Milliseconds with sensible precision: 0.42 ms, 12.3 ms, 1,234 ms. */
export function formatMs(ms: number): string {
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  if (ms < 100) return `${ms.toFixed(1)} ms`;
  return `${integer.format(ms)} ms`;
}

/** A count with thousands separators. */
export function formatCount(value: number): string {
  return integer.format(value);
}

/** A rate in millions or thousands per second: 12.3 M/s, 456 k/s. */
export function formatRate(perSecond: number): string {
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(1)} M/s`;
  return `${integer.format(perSecond / 1e3)} k/s`;
}

/** A ratio such as 3.2×. */
export function formatRatio(ratio: number): string {
  return `${ratio.toFixed(ratio < 9.995 ? 2 : 1)}×`;
}

/** Bytes as kB (1000 bytes, as bundlers report them). */
export function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** Renders a table with aligned columns (numbers right-aligned) for the terminal. */
export function renderTable(table: BenchTable): string {
  const widths = table.columns.map((column, index) =>
    Math.max(column.length, ...table.rows.map((row) => (row[index] ?? '').length)),
  );
  const isNumeric = table.columns.map((_, index) =>
    table.rows.every((row) => /^[\d.,\s-]+(?:\s?\S{1,4})?$|^—$/.test(row[index] ?? '')),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, index) =>
        isNumeric[index] ? cell.padStart(widths[index]!) : cell.padEnd(widths[index]!),
      )
      .join('  ')
      .trimEnd();
  return [
    table.title,
    line(table.columns),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...table.rows.map(line),
  ].join('\n');
}
