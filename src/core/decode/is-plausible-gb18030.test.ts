import { describe, expect, it } from 'vitest';
import { hasFewSuspectCharacters, isPlausibleGb18030 } from './is-plausible-gb18030.ts';

describe('hasFewSuspectCharacters', () => {
  it('allows tab, line ends and form feed however many there are', () => {
    expect(hasFewSuspectCharacters('\t\n\v\f\r'.repeat(100), true)).toBe(true);
  });

  it('allows two suspect characters plus one in a hundred', () => {
    const text = `${'字'.repeat(98)}\x01\x02`;
    expect(hasFewSuspectCharacters(text, false)).toBe(true);
    expect(hasFewSuspectCharacters(`${text}\x03\x04`, false)).toBe(false);
  });

  it('counts private-use characters and U+FFFD only when strict', () => {
    const text = '\uE000\uF8FF\uFFFD\uE123 本报讯';
    expect(hasFewSuspectCharacters(text, false)).toBe(true);
    expect(hasFewSuspectCharacters(text, true)).toBe(false);
  });
});

describe('isPlausibleGb18030', () => {
  it('accepts two-byte characters from the GB2312 block (你好 = C4 E3 BA C3)', () => {
    expect(isPlausibleGb18030(Uint8Array.from([0xc4, 0xe3, 0xba, 0xc3]), '你好')).toBe(true);
  });

  it('refuses high bytes paired with ASCII letters, as in mis-decoded Latin-1', () => {
    // "Senate’s" in Windows-1252: 0x92 0x73 is a GBK character outside the GB2312 block.
    const bytes = Uint8Array.from([0x65, 0x92, 0x73, 0x20, 0xe9, 0x73]);
    expect(isPlausibleGb18030(bytes, 'e抯 閟')).toBe(false);
  });

  it('accepts four-byte characters, which lie outside GBK altogether', () => {
    // U+3400 㐀 is 81 39 EE 39 in GB18030.
    expect(isPlausibleGb18030(Uint8Array.from([0x81, 0x39, 0xee, 0x39]), '㐀')).toBe(true);
  });
});
