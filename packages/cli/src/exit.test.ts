import { JixiaoError, localizedMessage } from '@jixiao/domain';
import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import type { Io } from './context';
import { EXIT, exitCodeFor } from './exit';
import { main } from './main';
import { REPO_ROOT, STACK_LINE } from './test-support';

function capture(env: Record<string, string> = {}, failOnStdout = false) {
  const out = { stdout: '', stderr: '' };
  const io: Io = {
    stdout: (t) => {
      if (failOnStdout) throw new TypeError('stdout exploded');
      out.stdout += t;
    },
    stderr: (t) => {
      out.stderr += t;
    },
    cwd: REPO_ROOT,
    env,
  };
  return { io, out };
}

describe('exit codes', () => {
  it('maps bad input to 2, a defect to 1, help to 0', () => {
    const text = localizedMessage({ zh: '坏数据', en: 'bad data' });
    expect(exitCodeFor(new JixiaoError('INVALID_INPUT', text))).toBe(EXIT.invalidInput);
    expect(exitCodeFor(new JixiaoError('UNKNOWN_RULE_SET', text))).toBe(EXIT.invalidInput);
    expect(exitCodeFor(new JixiaoError('INTERNAL', text))).toBe(EXIT.internal);
    expect(exitCodeFor(new TypeError('x is undefined'))).toBe(EXIT.internal);
    expect(exitCodeFor(new CommanderError(0, 'commander.helpDisplayed', ''))).toBe(EXIT.ok);
    expect(exitCodeFor(new CommanderError(1, 'commander.unknownOption', "error: unknown option '--x'"))).toBe(
      EXIT.invalidInput,
    );
  });

  it('shows the help and exits 2 when no command is given', async () => {
    const { io, out } = capture();
    expect(await main([], io)).toBe(2);
    expect(out.stderr).toContain('用法：');
    expect(out.stderr).not.toContain('命令用法有误');
  });

  it('reports an unexpected error with exit 1 and a short Chinese message, without a stack', async () => {
    const { io, out } = capture({}, true);
    const code = await main(['rules', 'list'], io);
    expect(code).toBe(1);
    expect(out.stderr).toContain('程序内部出错');
    expect(out.stderr).toContain('stdout exploded');
    expect(out.stderr).not.toMatch(STACK_LINE);
  });

  it('adds the stack for an unexpected error when JIXIAO_DEBUG=1', async () => {
    const { io, out } = capture({ JIXIAO_DEBUG: '1' }, true);
    expect(await main(['rules', 'list'], io)).toBe(1);
    expect(out.stderr).toMatch(STACK_LINE);
  });

  it('translates usage errors and keeps the offending name', async () => {
    const { io, out } = capture();
    expect(await main(['score', 'a.json', '--nope'], io)).toBe(2);
    expect(out.stderr).toContain('没有选项「--nope」');
    const en = capture();
    expect(await main(['score', '--lang', 'en'], en.io)).toBe(2);
    expect(en.out.stderr).toContain('missing argument file');
  });
});
