#!/usr/bin/env node
// The `jixiao` command. Plain JS so that node can start it directly. It runs the compiled program in
// dist/ (`npm run build`, done by `npm install` and `npm start`); while the sources are newer than the
// build (a developer editing them), or with JIXIAO_SOURCE=1, tsx loads the TypeScript sources instead,
// which costs about a second per start. Error handling and exit codes live in src/main.ts.
import { join } from 'node:path';
import { compiledIsCurrent } from './freshness.js';

async function loadMain() {
  if (process.env.JIXIAO_SOURCE !== '1' && compiledIsCurrent(join(import.meta.dirname, '..', '..')))
    return import('../dist/main.js');
  const { register } = await import('tsx/esm/api');
  register();
  return import('../src/main.ts');
}

try {
  const { main } = await loadMain();
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Only reached when the program itself cannot be loaded (a broken install): no stack unless asked.
  // The message table cannot be loaded either, so its two sentences are here, in both languages.
  const args = process.argv.slice(2);
  const en =
    args.includes('--lang=en') ||
    args[args.indexOf('--lang') + 1] === 'en' ||
    process.env.JIXIAO_LANG === 'en';
  process.stderr.write(
    en
      ? 'jixiao cannot start: program files are missing or damaged; reinstall (npm install).\n'
      : 'jixiao 无法启动：程序文件缺失或损坏，请重新安装（npm install）。\n',
  );
  if (process.env.JIXIAO_DEBUG === '1')
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  else
    process.stderr.write(
      `${en ? 'Cause: ' : '原因：'}${error instanceof Error ? error.message : String(error)}\n`,
    );
  process.exitCode = 1;
}
