import { describe, expect, it } from 'vitest';
import { toSourceLines } from './to-source-lines.ts';

describe('toSourceLines', () => {
  it.each([
    ['LF line ends', 'a\nb\nc', ['a', 'b', 'c']],
    ['CRLF line ends, the CR dropped', 'a\r\nb\r\nc', ['a', 'b', 'c']],
    ['a lone CR, which ends no line', 'a\rb\nc', ['a\rb', 'c']],
    ['a form feed, which stays inside its line', 'a\fb\nc', ['a\fb', 'c']],
    ['a final line end, which leaves an empty last line', 'a\n', ['a', '']],
    ['a leading byte-order mark, which is dropped', '\uFEFF本报讯\n', ['本报讯', '']],
    ['empty text', '', ['']],
  ])('splits %s', (_name, text, lines) => {
    expect(toSourceLines(text)).toEqual(lines);
  });

  it('counts lines as the analysis JSON does', () => {
    const text = '第一版\r\n\f要闻\n\n本报讯\r';
    expect(toSourceLines(text)).toHaveLength(text.split(/\r?\n/).length);
  });
});
