import { performance } from 'node:perf_hooks';
import { loadProofreadingResources } from '../src/cli/load-proofreading-resources.ts';
import { analyzeIssue } from '../src/core/segment/analyze-issue.ts';
import type { BenchModule, BenchTable, TargetCheck } from './bench-module.ts';
import { formatCount, formatMs, formatRate, formatRatio } from './format.ts';
import { generateIssue, loadPageCorpus, pagesForMix } from './generate-issues.ts';
import type { IssueMix } from './generate-issues.ts';
import { timeInterleaved } from './measure.ts';
import type { Timing } from './measure.ts';
import { floorPatternCount, runRegexFloor } from './regex-floor.ts';

/** Issue sizes, and how many measured runs each gets (after one warm-up run). */
const sizes = [
  { label: '10 k', characters: 10_000, runs: 7 },
  { label: '100 k', characters: 100_000, runs: 5 },
  { label: '1 M', characters: 1_000_000, runs: 5 },
] as const;

const mixes: readonly IssueMix[] = ['zh', 'en', 'mixed'];

/** Targets from the benchmark issue. */
const targets = { floorRatio: 10, growth: 12, oneMillionMs: 1000 } as const;

/** Figures for one generated issue. */
interface EngineCase {
  mix: IssueMix;
  size: string;
  characters: number;
  lines: number;
  pages: number;
  items: number;
  flags: number;
  analysis: Timing & { charactersPerSecond: number; floorRatio: number };
  proofreading: Timing & { charactersPerSecond: number; floorRatio: number };
  floor: Timing & { charactersPerSecond: number };
}

/** Growth of the median time from the 100 k to the 1 M issue. */
interface EngineGrowth {
  mix: IssueMix;
  sizeRatio: number;
  analysis: number;
  proofreading: number;
  floor: number;
}

const perSecond = (characters: number, ms: number): number =>
  ms > 0 ? (characters / ms) * 1000 : Infinity;

/** Analysis and proofreading throughput on generated issues, next to a regex floor. */
export const engineBench: BenchModule = {
  name: 'engine',
  title: 'Engine (Node)',
  async run({ repoRoot, log }) {
    const corpus = await loadPageCorpus(repoRoot);
    const loadStarted = performance.now();
    const proofreading = await loadProofreadingResources();
    const resourcesLoadMs = performance.now() - loadStarted;
    const notes: string[] = [
      `Pages from ${corpus.source}: ${corpus.zh.length} zh, ${corpus.en.length} en; form feed between pages.`,
      `Proofreading resources loaded in ${formatMs(resourcesLoadMs)} (${Object.keys(proofreading).join(', ') || 'none: dictionary-free detectors only'}).`,
    ];

    // Warm the JIT on every code path first, so the first case measured is not the slowest.
    log('engine: warming up…');
    const warmUp = generateIssue([...corpus.zh, ...corpus.en], 200_000);
    for (let round = 0; round < 3; round++) {
      runRegexFloor(warmUp);
      analyzeIssue(warmUp);
      analyzeIssue(warmUp, { proofreading });
    }

    const cases: EngineCase[] = [];
    for (const mix of mixes) {
      const pages = pagesForMix(corpus, mix);
      if (pages.length === 0) {
        notes.push(`No ${mix} pages in ${corpus.source}: ${mix} issues skipped.`);
        continue;
      }
      for (const size of sizes) {
        const text = generateIssue(pages, size.characters);
        log(`engine: ${mix} ${size.label} (${formatCount(text.length)} characters)…`);
        const { floor, analysis, proofread } = timeInterleaved(
          {
            floor: () => runRegexFloor(text),
            analysis: () => analyzeIssue(text).items.length,
            proofread: () => analyzeIssue(text, { proofreading }).flags.length,
          },
          size.runs,
        );
        cases.push({
          mix,
          size: size.label,
          characters: text.length,
          lines: text.split('\n').length,
          pages: text.split('\f').length,
          items: analysis.result,
          flags: proofread.result,
          analysis: {
            ...analysis,
            charactersPerSecond: perSecond(text.length, analysis.medianMs),
            floorRatio: analysis.medianMs / floor.medianMs,
          },
          proofreading: {
            ...proofread,
            charactersPerSecond: perSecond(text.length, proofread.medianMs),
            floorRatio: proofread.medianMs / floor.medianMs,
          },
          floor: { ...floor, charactersPerSecond: perSecond(text.length, floor.medianMs) },
        });
      }
    }

    const growth: EngineGrowth[] = [];
    for (const mix of mixes) {
      const small = cases.find((entry) => entry.mix === mix && entry.size === '100 k');
      const large = cases.find((entry) => entry.mix === mix && entry.size === '1 M');
      if (!small || !large) continue;
      growth.push({
        mix,
        sizeRatio: large.characters / small.characters,
        analysis: large.analysis.medianMs / small.analysis.medianMs,
        proofreading: large.proofreading.medianMs / small.proofreading.medianMs,
        floor: large.floor.medianMs / small.floor.medianMs,
      });
    }

    for (const entry of cases.filter((item) => item.size === '1 M')) {
      const worst = Math.max(entry.analysis.floorRatio, entry.proofreading.floorRatio);
      const slowest = Math.max(entry.analysis.medianMs, entry.proofreading.medianMs);
      notes.push(
        `${entry.mix} 1 M: ${formatRatio(worst)} the floor (target ≤ ${targets.floorRatio}×)` +
          `${worst <= targets.floorRatio ? '' : ' — MISSED'}; ${formatMs(slowest)} ` +
          `(aim < ${formatMs(targets.oneMillionMs)})${slowest < targets.oneMillionMs ? '' : ' — MISSED'}.`,
      );
    }
    for (const entry of growth) {
      const worst = Math.max(entry.analysis, entry.proofreading);
      if (worst > targets.growth) {
        notes.push(
          `${entry.mix}: 100 k → 1 M growth ${formatRatio(worst)} (target ≤ ${targets.growth}×) — MISSED.`,
        );
      }
    }

    const timesTable: BenchTable = {
      title: `Median time per issue (floor: split lines + ${floorPatternCount} regexes per line)`,
      columns: [
        'issue',
        'chars',
        'pages',
        'items',
        'flags',
        'analysis',
        'rate',
        '+ proofreading',
        'rate',
        'floor',
        'analysis/floor',
        'proofreading/floor',
      ],
      rows: cases.map((entry) => [
        `${entry.mix} ${entry.size}`,
        formatCount(entry.characters),
        formatCount(entry.pages),
        formatCount(entry.items),
        formatCount(entry.flags),
        formatMs(entry.analysis.medianMs),
        formatRate(entry.analysis.charactersPerSecond),
        formatMs(entry.proofreading.medianMs),
        formatRate(entry.proofreading.charactersPerSecond),
        formatMs(entry.floor.medianMs),
        formatRatio(entry.analysis.floorRatio),
        formatRatio(entry.proofreading.floorRatio),
      ]),
    };
    const growthTable: BenchTable = {
      title: `Growth of the median time, 100 k → 1 M (linear = size ratio; target ≤ ${targets.growth}×)`,
      columns: ['mix', 'size ratio', 'analysis', '+ proofreading', 'floor'],
      rows: growth.map((entry) => [
        entry.mix,
        formatRatio(entry.sizeRatio),
        formatRatio(entry.analysis),
        formatRatio(entry.proofreading),
        formatRatio(entry.floor),
      ]),
    };

    const targetChecks: TargetCheck[] = [];
    for (const entry of cases.filter((item) => item.size === '1 M')) {
      const worst = Math.max(entry.analysis.floorRatio, entry.proofreading.floorRatio);
      targetChecks.push({
        figure: `engine ${entry.mix} 1 M: time ÷ regex floor (worst of analysis, + proofreading)`,
        measured: formatRatio(worst),
        target: `≤ ${targets.floorRatio}×`,
        met: worst <= targets.floorRatio,
        miss: worst <= targets.floorRatio ? '' : `${formatRatio(worst / targets.floorRatio)} over`,
      });
    }
    for (const entry of growth) {
      const worst = Math.max(entry.analysis, entry.proofreading);
      targetChecks.push({
        figure: `engine ${entry.mix}: growth 100 k → 1 M (worst of analysis, + proofreading)`,
        measured: formatRatio(worst),
        target: `≤ ${targets.growth}×`,
        met: worst <= targets.growth,
        miss: worst <= targets.growth ? '' : `+${formatRatio(worst - targets.growth)}`,
      });
    }

    return {
      targets: targetChecks,
      tables: [timesTable, growthTable],
      notes,
      figures: { corpus: corpus.source, resourcesLoadMs, targets, cases, growth },
    };
  },
};
