import { describe, expect, it } from 'vitest';
// The same table runs in Chromium through the import screen (e2e/bad-inputs.spec.ts).
import { DECODING_TABLE } from '../../../e2e/fixtures/decoding-table.ts';
import type { DecodingOutcome } from '../../../e2e/fixtures/decoding-table.ts';
import { decodeText } from './decode-text.ts';

describe('the decoding table, in Node', () => {
  it.each(DECODING_TABLE.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const result = decodeText(row.bytes);
    const outcome: DecodingOutcome = result.ok
      ? { ok: true, encoding: result.encoding, text: result.text }
      : { ok: false, code: result.error.code };
    expect(outcome).toEqual(row.expected);
    if (!result.ok) expect(result.error.message.length).toBeGreaterThan(20);
  });
});
