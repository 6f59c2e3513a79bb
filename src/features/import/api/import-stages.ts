/** The steps of an import, in order. */
export const IMPORT_STAGES = ['reading', 'decoding', 'analysing', 'saving'] as const;

/** One step of an import. */
export type ImportStage = (typeof IMPORT_STAGES)[number];

/** How far an import is, 0..100, when `stage` has just started (each step is a quarter). */
export function stagePercent(stage: ImportStage): number {
  return Math.round((IMPORT_STAGES.indexOf(stage) / IMPORT_STAGES.length) * 100) + 5;
}

/** Whether a step is behind, at or ahead of the current one. */
export function stageState(
  step: ImportStage,
  current: ImportStage,
): 'done' | 'current' | 'pending' {
  const difference = IMPORT_STAGES.indexOf(step) - IMPORT_STAGES.indexOf(current);
  if (difference < 0) return 'done';
  return difference === 0 ? 'current' : 'pending';
}

const KIB = 1024;
const MIB = 1024 * 1024;

/** A byte count for people: "812 bytes", "14.2 KiB", "3.1 MiB". */
export function formatByteSize(bytes: number, locale: 'en' | 'zh'): string {
  const round = (value: number): string =>
    new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 1 }).format(
      value,
    );
  if (bytes >= MIB) return `${round(bytes / MIB)} MiB`;
  if (bytes >= KIB) return `${round(bytes / KIB)} KiB`;
  return locale === 'zh' ? `${bytes} 字节` : `${bytes} bytes`;
}
