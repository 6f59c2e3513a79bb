import { describe, expect, it } from 'vitest';
import { USAGE, parseCliArgs } from './parse-cli-args.ts';

describe('parseCliArgs', () => {
  it.each([
    [['analyze', 'page.txt'], 'page.txt', 'json'],
    [['analyze', '-'], '-', 'json'],
    [['analyze', 'page.txt', '--format', 'text'], 'page.txt', 'text'],
    [['analyze', '--format=json', 'page.txt'], 'page.txt', 'json'],
    [['--format', 'text', 'analyze', 'page.txt'], 'page.txt', 'text'],
    [['analyze', '--', '-odd-name.txt'], '-odd-name.txt', 'json'],
  ])('reads %j', (argv, file, format) => {
    expect(parseCliArgs(argv)).toEqual({ kind: 'analyze', file, format });
  });

  it.each([[['--help']], [['-h']], [['analyze', 'page.txt', '--help']], [['nonsense', '-h']]])(
    'asks for help on %j',
    (argv) => {
      expect(parseCliArgs(argv)).toEqual({ kind: 'help' });
    },
  );

  it.each([
    [['export', 'a.txt', '--format', 'zip', '--out', 'out'], { kind: 'issue' }],
    [['export', 'a.txt', '--format=md', '--out=out', '--scope=page:2'], { kind: 'page', page: 2 }],
    [
      ['export', '--scope', 'article:issue-1:23', 'a.txt', '--out', 'out', '--format', 'zip'],
      { kind: 'article', ref: 'issue-1:23' },
    ],
  ])('reads the export %j', (argv, scope) => {
    expect(parseCliArgs(argv)).toMatchObject({ kind: 'export', file: 'a.txt', out: 'out', scope });
  });

  it.each([
    [[], 'No command given.'],
    [['print', 'page.txt'], 'Unknown command "print".'],
    [['analyze'], 'analyze needs a FILE (or - for standard input).'],
    [['analyze', 'a.txt', 'b.txt'], 'analyze takes one FILE; also got "b.txt".'],
    [['analyze', 'a.txt', '--format'], '--format needs a value: json or text.'],
    [['analyze', 'a.txt', '--format', 'xml'], '--format must be json or text, not "xml".'],
    [['analyze', 'a.txt', '--verbose'], 'Unknown option "--verbose".'],
    [['analyze', 'a.txt', '--out', 'x'], '--out is an option of export, not of analyze.'],
    [['export', '--format', 'zip', '--out', 'x'], 'export needs a FILE (or - for standard input).'],
    [
      ['export', 'a.txt', '--out', 'x'],
      'export needs --format: json, txt, md, html, nitf, docx, csv, zip.',
    ],
    [
      ['export', 'a.txt', '--out', 'x', '--format', 'pdf'],
      '--format must be one of json, txt, md, html, nitf, docx, csv, zip, not "pdf".',
    ],
    [
      ['export', 'a.txt', '--out', 'x', '--format'],
      '--format needs a value: json, txt, md, html, nitf, docx, csv, zip.',
    ],
    [['export', 'a.txt', '--format', 'md'], 'export needs --out DIR.'],
    [['export', 'a.txt', '--format', 'md', '--out'], '--out needs a value: a folder.'],
    [
      ['export', 'a.txt', '--format', 'md', '--out', 'x', '--scope', 'page:0'],
      '--scope must be issue, page:N or article:ID, not "page:0".',
    ],
    [
      ['export', 'a.txt', '--format', 'md', '--out', 'x', '--scope', 'article:'],
      '--scope must be issue, page:N or article:ID, not "article:".',
    ],
  ])('refuses %j', (argv, message) => {
    expect(parseCliArgs(argv)).toEqual({ kind: 'usage-error', message });
  });

  it('lists the commands that exist', () => {
    expect(USAGE).toContain('analyze FILE');
    expect(USAGE).toContain('export FILE');
  });
});
