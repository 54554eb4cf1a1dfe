#!/usr/bin/env node
// The `jixiao` command. Plain JS so that node can start it directly; tsx then loads the TypeScript
// sources (there is no build step for node code). Everything else, including error handling and exit
// codes, lives in src/main.ts.
import { register } from 'tsx/esm/api';

register();

try {
  const { main } = await import('../src/main.ts');
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Only reached when the program itself cannot be loaded (a broken install): no stack unless asked.
  process.stderr.write('jixiao 无法启动：程序文件缺失或损坏，请重新安装（npm install）。\n');
  if (process.env.JIXIAO_DEBUG === '1')
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  else process.stderr.write(`原因：${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
