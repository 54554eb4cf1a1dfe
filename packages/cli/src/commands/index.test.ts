import { describe, expect, it } from 'vitest';
import { commandWord, loadCommands } from './index';

describe('commandWord finds the command asked for', () => {
  it.each([
    [['score', 'a.json'], 'score'],
    [['--lang', 'en', 'check', 'a.json'], 'check'],
    [['--lang=en', 'rules', 'list'], 'rules'],
    [['--version'], undefined],
    [[], undefined],
  ])('%j → %s', (argv, word) => {
    expect(commandWord(argv)).toBe(word);
  });
});

describe('loadCommands loads only what a run needs', () => {
  const names = async (argv: string[]) => (await loadCommands(argv)).map((c) => c.name);
  it('one command for a named command', async () => {
    expect(await names(['score', 'a.json'])).toEqual(['score']);
  });
  it('both db commands share a file', async () => {
    expect(await names(['demo'])).toEqual(['db', 'demo']);
  });
  it('the named one for help <command>', async () => {
    expect(await names(['help', 'rules'])).toEqual(['rules']);
  });
  it('none for --version', async () => {
    expect(await names(['--version'])).toEqual([]);
  });
  it('all, in help order, for --help and unknown words', async () => {
    const all = ['score', 'check', 'rules', 'convert', 'monitor', 'report', 'targets', 'serve', 'db', 'demo'];
    expect(await names(['--help'])).toEqual(all);
    expect(await names(['nosuch'])).toEqual(all);
  });
});
