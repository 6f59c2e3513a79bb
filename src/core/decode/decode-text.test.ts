import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, createTooLargeError, decodeText } from './decode-text.ts';
import type { DecodeResult } from './decode-text.ts';
// `?inline` hands over a fixture's exact bytes as a data URL and `?raw` its UTF-8 text, so the
// test needs no file system access (the core's lint rules keep node: modules out).
import enWindows1252GbValid from './fixtures/en-windows-1252-gb-valid.txt?inline';
import enWindows1252 from './fixtures/en-windows-1252.txt?inline';
import zhHantGbk from './fixtures/zh-hant.gbk.txt?inline';
import zhHantUtf8 from './fixtures/zh-hant.utf-8.txt?raw';
import zhNewsGb18030 from './fixtures/zh-news.gb18030.txt?inline';
import zhNewsUtf8 from './fixtures/zh-news.utf-8.txt?raw';

const bytesOfDataUrl = (dataUrl: string): Uint8Array => {
  const marker = ';base64,';
  const at = dataUrl.indexOf(marker);
  if (at < 0) throw new Error(`Expected a base64 data URL, got ${dataUrl.slice(0, 40)}`);
  return Uint8Array.from(atob(dataUrl.slice(at + marker.length)), (char) => char.charCodeAt(0));
};

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const utf16le = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));

const utf16be = (text: string): Uint8Array => {
  const bytes = utf16le(text);
  for (let index = 0; index + 1 < bytes.length; index += 2) {
    [bytes[index], bytes[index + 1]] = [bytes[index + 1]!, bytes[index]!];
  }
  return bytes;
};

const concat = (...parts: (number[] | Uint8Array)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => Array.from(part)));

/** Mulberry32: a small seeded generator, so "random" bytes are the same on every run. */
const seededRandom = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const randomBytes = (seed: number, length: number, low: number, high: number): Uint8Array => {
  const random = seededRandom(seed);
  return Uint8Array.from({ length }, () => low + Math.floor(random() * (high - low + 1)));
};

const expectText = (result: DecodeResult, text: string, encoding: string): void => {
  expect(result).toEqual({ ok: true, text, encoding });
};

const expectRefusal = (result: DecodeResult, code: string): string => {
  if (result.ok) throw new Error(`Expected a refusal (${code}), got ${result.encoding} text`);
  expect(result.error.code).toBe(code);
  expect(result.error.message.length).toBeGreaterThan(20);
  return result.error.message;
};

describe('decodeText accepts', () => {
  it('UTF-8 without a byte-order mark', () => {
    expectText(
      decodeText(utf8('市委常委会召开会议\nHello\f—“quoted”\r\n')),
      '市委常委会召开会议\nHello\f—“quoted”\r\n',
      'utf-8',
    );
  });

  it('UTF-8 with a byte-order mark, which it drops', () => {
    expectText(decodeText(concat([0xef, 0xbb, 0xbf], utf8('本报讯'))), '本报讯', 'utf-8-bom');
  });

  it('UTF-16 little-endian with a byte-order mark', () => {
    expectText(decodeText(utf16le('\uFEFF本报讯 A𠀀\n')), '本报讯 A𠀀\n', 'utf-16le');
  });

  it('UTF-16 big-endian with a byte-order mark', () => {
    expectText(decodeText(utf16be('\uFEFF本报讯 A𠀀\n')), '本报讯 A𠀀\n', 'utf-16be');
  });

  it('GB18030 for a two-character word (你好 = C4 E3 BA C3)', () => {
    expectText(decodeText(Uint8Array.from([0xc4, 0xe3, 0xba, 0xc3])), '你好', 'gb18030');
  });

  it('a GB18030 news text with CRLF line ends and four-byte characters', () => {
    expect(zhNewsUtf8).toContain('𠀀');
    expectText(
      decodeText(bytesOfDataUrl(zhNewsGb18030)),
      zhNewsUtf8.replaceAll('\n', '\r\n'),
      'gb18030',
    );
  });

  it('traditional characters encoded as GBK', () => {
    expectText(decodeText(bytesOfDataUrl(zhHantGbk)), zhHantUtf8, 'gb18030');
  });

  it('a file of exactly the size limit', () => {
    expectText(decodeText(utf8('abcd'), { maxBytes: 4 }), 'abcd', 'utf-8');
  });

  it('a few stray control characters, such as a DOS end-of-file mark', () => {
    expectText(decodeText(utf8('第一版\n\x1a')), '第一版\n\x1a', 'utf-8');
  });
});

describe('decodeText refuses', () => {
  it('a file over the default limit of 32 MiB, stating both sizes', () => {
    const message = expectRefusal(decodeText(new Uint8Array(40 * 1024 * 1024)), 'too-large');
    expect(message).toContain('40 MiB');
    expect(message).toContain('32 MiB');
    expect(DEFAULT_MAX_BYTES).toBe(32 * 1024 * 1024);
  });

  it('a file over a given limit', () => {
    const message = expectRefusal(
      decodeText(utf8('a'.repeat(2560)), { maxBytes: 1024 }),
      'too-large',
    );
    expect(message).toContain('2.5 KiB');
    expect(message).toContain('1 KiB');
  });

  it('a file one byte over the limit, with exact counts rather than two equal rounded sizes', () => {
    expect(createTooLargeError(DEFAULT_MAX_BYTES + 1, DEFAULT_MAX_BYTES).message).toContain(
      `${DEFAULT_MAX_BYTES + 1} bytes`,
    );
  });

  it('an empty file', () => {
    expectRefusal(decodeText(new Uint8Array(0)), 'empty');
  });

  it('a file holding only a byte-order mark or blank space', () => {
    expectRefusal(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf])), 'empty');
    expectRefusal(decodeText(utf8(' \r\n\t\u3000\n')), 'empty');
  });

  it('a PNG image', () => {
    const png = concat(
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d],
      utf8('IHDR'),
    );
    expect(expectRefusal(decodeText(png), 'binary-png')).toBe(
      'This is a PNG image, not text. Galley reads the text of a page: export it as UTF-8 text first.',
    );
  });

  it('a PDF document, even one that is valid text up to its binary comment', () => {
    const pdf = concat(utf8('%PDF-1.7\n'), [0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]);
    expect(expectRefusal(decodeText(pdf), 'binary-pdf')).toContain('PDF document');
    expectRefusal(decodeText(utf8('%PDF-1.4\n1 0 obj\n')), 'binary-pdf');
  });

  it.each([
    ['GIF image', utf8('GIF89a\x01\x00')],
    ['JPEG image', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10])],
    ['ZIP archive', concat(utf8('PK'), [0x03, 0x04, 0x14, 0x00])],
    ['gzip-compressed', Uint8Array.from([0x1f, 0x8b, 0x08, 0x00])],
    ['Word .doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00])],
  ])('a %s, naming the format', (name, bytes) => {
    expect(expectRefusal(decodeText(bytes), 'binary')).toContain(name);
  });

  it('data with NUL bytes, including UTF-16 without a byte-order mark', () => {
    expectRefusal(decodeText(utf8('abc\0def')), 'binary');
    expect(expectRefusal(decodeText(utf16le('本报讯 Hello')), 'binary')).toContain('UTF-16');
  });

  it('text full of control characters', () => {
    expectRefusal(decodeText(randomBytes(7, 4096, 0x01, 0x7f)), 'binary');
  });

  it('random bytes', () => {
    expect(decodeText(randomBytes(1, 4096, 0x00, 0xff)).ok).toBe(false);
    expectRefusal(decodeText(randomBytes(2, 4096, 0x01, 0xff)), 'undecodable');
  });

  it('random high bytes, which GB18030 decodes without error', () => {
    for (let seed = 1; seed <= 20; seed += 1) {
      const bytes = randomBytes(seed, 4096, 0x81, 0xfe);
      // Every pair of such bytes is a valid GB18030 character: only the plausibility test refuses them.
      expect(() => new TextDecoder('gb18030', { fatal: true }).decode(bytes)).not.toThrow();
      expectRefusal(decodeText(bytes), 'undecodable');
    }
  });

  it('a Windows-1252 English page, whether or not GB18030 decodes it without error', () => {
    const garbled = bytesOfDataUrl(enWindows1252GbValid);
    expect(new TextDecoder('gb18030', { fatal: true }).decode(garbled)).toContain('Senate抯');
    expectRefusal(decodeText(garbled), 'undecodable');
    expect(expectRefusal(decodeText(bytesOfDataUrl(enWindows1252)), 'undecodable')).toContain(
      'Windows-1252',
    );
  });

  it('bytes after a byte-order mark that are not in its encoding', () => {
    expectRefusal(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0xc4, 0xe3])), 'undecodable');
    expectRefusal(decodeText(Uint8Array.from([0xff, 0xfe, 0x41])), 'undecodable');
    expectRefusal(decodeText(Uint8Array.from([0xfe, 0xff, 0xd8, 0x00])), 'undecodable');
  });
});

describe('decodeText on arbitrary input', () => {
  it('never throws, and answers text or a refusal with a message', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1024 }), (bytes) => {
        const result = decodeText(bytes);
        if (result.ok) expect(result.text.trim()).not.toBe('');
        else expect(result.error.message).not.toBe('');
      }),
    );
  });

  it('gives back any UTF-8 text it was given', () => {
    const text = fc.string({ unit: 'grapheme', minLength: 1 }).filter(
      (value) =>
        value.trim() !== '' &&
        !value.startsWith('\uFEFF') &&
        // eslint-disable-next-line no-control-regex -- control characters are what is excluded
        !/[\0-\x08\x0e-\x1f\x7f-\x9f]/.test(value),
    );
    fc.assert(
      fc.property(text, (value) => {
        expectText(decodeText(utf8(value)), value, 'utf-8');
      }),
    );
  });
});
