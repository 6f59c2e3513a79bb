/** One table of figures, printed as it is and kept in results.json. */
export interface BenchTable {
  /** What the table measures. */
  title: string;
  /** Column headings. */
  columns: string[];
  /** Rows of formatted cells, one per column. */
  rows: string[][];
}

/** What a bench module hands back: tables for people, raw figures for results.json. */
export interface BenchSection {
  /** Tables to print, in order. */
  tables: BenchTable[];
  /** Lines printed under the tables (targets met or missed, skipped parts). */
  notes: string[];
  /** The raw figures, written to results.json under the module's name. */
  figures: unknown;
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
