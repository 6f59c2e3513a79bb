import { describe, expect, it } from 'vitest';
import { detectIssueMeta } from './detect-issue-meta.ts';

describe('detectIssueMeta', () => {
  it('reads a Chinese page header', () => {
    expect(detectIssueMeta('人民日报　１９９８年１月５日　星期一\n\n标题', 'page.txt')).toEqual({
      paper: '人民日报',
      date: '1998-01-05',
      title: '人民日报 · 1998-01-05',
    });
  });

  it('reads an English running head', () => {
    expect(
      detectIssueMeta('THE WASHINGTON TIMES, TUESDAY, JUNE 21, 1921.\n', 'x.txt'),
    ).toMatchObject({
      paper: 'The Washington Times',
      date: '1921-06-21',
    });
  });

  it('falls back to the file name', () => {
    expect(detectIssueMeta('市委常委会召开会议', 'taiyuan-daily-2022-09-21.txt')).toEqual({
      paper: 'Taiyuan Daily',
      date: '2022-09-21',
      title: 'Taiyuan Daily · 2022-09-21',
    });
    expect(detectIssueMeta('text', 'pasted text').title).toBe('pasted text');
  });
});
