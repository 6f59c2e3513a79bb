import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One fixture case: an input text and the JSON it is expected to produce. */
export interface FixtureCase<Expected> {
  /** File name without extension. */
  name: string;
  /** The input text. */
  input: string;
  /** The parsed `<name>.expected.json`. */
  expected: Expected;
}

/** Reads every `<name>.txt` with its `<name>.expected.json` from a folder, sorted by name. */
export function walkFixtures<Expected>(folder: string): FixtureCase<Expected>[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.txt'.length);
      return {
        name,
        input: readFileSync(join(folder, file), 'utf8'),
        expected: JSON.parse(
          readFileSync(join(folder, `${name}.expected.json`), 'utf8'),
        ) as Expected,
      };
    });
}
