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
    [[], 'No command given.'],
    [['export', 'page.txt'], 'Unknown command "export".'],
    [['analyze'], 'analyze needs a FILE (or - for standard input).'],
    [['analyze', 'a.txt', 'b.txt'], 'analyze takes one FILE; also got "b.txt".'],
    [['analyze', 'a.txt', '--format'], '--format needs a value: json or text.'],
    [['analyze', 'a.txt', '--format', 'xml'], '--format must be json or text, not "xml".'],
    [['analyze', 'a.txt', '--verbose'], 'Unknown option "--verbose".'],
  ])('refuses %j', (argv, message) => {
    expect(parseCliArgs(argv)).toEqual({ kind: 'usage-error', message });
  });

  it('lists only the commands that exist', () => {
    expect(USAGE).toContain('analyze FILE');
    expect(USAGE).not.toContain('export');
  });
});
