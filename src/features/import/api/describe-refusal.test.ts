import { describe, expect, it } from 'vitest';
import { describeRefusal } from './describe-refusal.ts';
import { stagePercent, stageState } from './import-stages.ts';

describe('describeRefusal', () => {
  const png = {
    code: 'binary-png',
    message: 'This is a PNG image, not text.',
    bytes: 68,
    formatId: 'png',
  };

  it('keeps the engine’s English words', () => {
    expect(describeRefusal(png, 'en')).toBe('This is a PNG image, not text.');
  });

  it('says the same in Chinese, naming the format', () => {
    expect(describeRefusal(png, 'zh')).toMatch(/^这是一张 PNG 图片，不是文字。/);
    expect(
      describeRefusal({ code: 'binary', message: '', bytes: 10, formatId: 'zip' }, 'zh'),
    ).toMatch(/^这是一个 ZIP 压缩包/);
  });

  it('gives sizes in Chinese for a file that is too large', () => {
    const text = describeRefusal(
      { code: 'too-large', message: '', bytes: 40 * 1024 * 1024, formatId: null },
      'zh',
    );
    expect(text).toContain('40 MiB');
    expect(text).toContain('32 MiB');
  });

  it('passes on unknown failures with their detail', () => {
    expect(
      describeRefusal(
        { code: 'failed', message: 'worker gone', bytes: null, formatId: null },
        'zh',
      ),
    ).toBe('导入没有完成：worker gone');
  });
});

describe('import stages', () => {
  it('moves forward through reading, decoding, analysing and saving', () => {
    expect(stagePercent('reading')).toBeLessThan(stagePercent('decoding'));
    expect(stagePercent('analysing')).toBeLessThan(stagePercent('saving'));
    expect(stageState('reading', 'analysing')).toBe('done');
    expect(stageState('analysing', 'analysing')).toBe('current');
    expect(stageState('saving', 'analysing')).toBe('pending');
  });
});
