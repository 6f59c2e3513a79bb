/** One table of figures, printed as it is and kept in results.json. */
export interface BenchTable {
  /** What the table measures. */
  title: string;
  /** Column headings. */
  columns: string[];
  /** Rows of formatted cells, one per column. */
  rows: string[][];
}

/** One figure next to its target, for the closing table of every target. */
export interface TargetCheck {
  /** What is measured ("300 k issue: drop → interactive"). */
  figure: string;
  /** The measured value, formatted. */
  measured: string;
  /** The target, formatted ("< 2,000 ms"). */
  target: string;
  /** Whether the target is met; null when the figure could not be measured. */
  met: boolean | null;
  /** By how much it is missed, formatted ("+340 ms, 1.2×"); empty when met. */
  miss: string;
}

/** What a bench module hands back: tables for people, raw figures for results.json. */
export interface BenchSection {
  /** Tables to print, in order. */
  tables: BenchTable[];
  /** Lines printed under the tables (targets met or missed, skipped parts). */
  notes: string[];
  /** The raw figures, written to results.json under the module's name. */
  figures: unknown;
  /** The module's figures that have a target; printed together after every module has run. */
  targets?: TargetCheck[];
}

/** Where a module runs and how it reports progress. */
export interface BenchContext {
  /** Absolute path of the project root. */
  repoRoot: string;
  /** Prints a progress line on stderr, so stdout keeps only the tables. */
  log: (line: string) => void;
}

/** One group of benchmarks (the engine in Node; later the desk in a real browser). */
export interface BenchModule {
  /** Key in results.json and value of `--only`. */
  name: string;
  /** Heading printed above the module's tables. */
  title: string;
  /** Runs the benchmarks. */
  run: (context: BenchContext) => Promise<BenchSection>;
}
