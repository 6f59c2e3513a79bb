/** Where the CLI reads and writes: the process's streams, or a test's stand-ins. */
export interface CliIo {
  /** Standard output. */
  stdout: { write(text: string): unknown };
  /** Standard error. */
  stderr: { write(text: string): unknown };
  /** Standard input, read for the file "-". */
  stdin: AsyncIterable<Uint8Array>;
}

/** Exit codes of the CLI: success, bad input (with a message on stderr), wrong usage. */
export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;
