import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isJixiaoError, JixiaoError, localizedMessage } from '@jixiao/domain';
import { writeEvaluationJson } from '@jixiao/formats/read';
import { Option } from 'commander';
import type { CliContext } from '../context';
import { assertReadableFile, loadEvaluation } from '../engine';
import { EXIT } from '../exit';
import { cliMessage } from '../i18n';
import type { CliCommand } from './command';

/** Target formats of `convert`; the writers for documents live in `jixiao report`. xlsx: 监控表 only. */
const TARGETS = ['json', 'xlsx'] as const;

/**
 * A monitoring report when the file is one (a `jixiao.monitoring` JSON, a workbook holding a 监控表),
 * else undefined: the file is then read as an evaluation.
 */
async function monitoringIn(file: string, cwd: string, t: CliContext['t']) {
  const lower = file.toLowerCase();
  if (!lower.endsWith('.json') && !lower.endsWith('.xlsx')) return undefined;
  const full = resolve(cwd, file);
  await assertReadableFile(full, file, t);
  const bytes = new Uint8Array(await readFile(full));
  const formats = await import('@jixiao/formats');
  if (lower.endsWith('.json')) {
    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
    } catch {
      return undefined;
    }
    return formats.isMonitoringJson(value)
      ? { report: await formats.readMonitoringBytes(bytes, file), formats }
      : undefined;
  }
  try {
    return { report: await formats.readMonitoringXlsx(bytes, file), formats };
  } catch (error) {
    if (isJixiaoError(error) && error.key === 'monitoringSheet.notFound') return undefined;
    throw error;
  }
}

async function writeOut(file: string, cwd: string, content: string | Uint8Array): Promise<void> {
  try {
    await writeFile(resolve(cwd, file), content);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new JixiaoError('UNREADABLE_FILE', cliMessage('error.cannotWrite', { file }), [
      { message: localizedMessage({ zh: reason, en: reason }), location: { file } },
    ]);
  }
}

const usage = (key: 'convert.xlsxMonitoringOnly' | 'convert.xlsxNeedsOut') =>
  new JixiaoError('INVALID_INPUT', cliMessage(key), [{ message: cliMessage(key) }]);

export const convertCommand: CliCommand = {
  name: 'convert',
  register(program, ctx, done) {
    const { t, io } = ctx;
    program
      .command('convert')
      .description(t('convert.description'))
      .argument('<file>', t('convert.arg.file'))
      .addOption(new Option('--to <format>', t('convert.option.to')).choices(TARGETS).default('json'))
      .addOption(new Option('-o, --out <file>', t('convert.option.out')))
      .action(async (file: string, opts: { to: (typeof TARGETS)[number]; out?: string }) => {
        const monitoring = await monitoringIn(file, io.cwd, t);
        if (monitoring) {
          const { report, formats } = monitoring;
          if (opts.to === 'xlsx' && opts.out === undefined) throw usage('convert.xlsxNeedsOut');
          const content =
            opts.to === 'xlsx'
              ? await formats.writeMonitoringXlsx(report)
              : formats.writeMonitoringJson(report);
          if (opts.out === undefined) io.stdout(String(content));
          else {
            await writeOut(opts.out, io.cwd, content);
            io.stderr(`${t('convert.written', { file: opts.out })}\n`);
          }
          done(EXIT.ok);
          return;
        }
        if (opts.to === 'xlsx') throw usage('convert.xlsxMonitoringOnly');
        const evaluation = await loadEvaluation(file, io.cwd, t);
        // The canonical writer: keys and report sections in the model's order, whatever file it came from.
        const text = writeEvaluationJson(evaluation);
        if (opts.out === undefined) {
          io.stdout(text);
        } else {
          const target = resolve(io.cwd, opts.out);
          try {
            await writeFile(target, text, 'utf8');
          } catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            throw new JixiaoError('UNREADABLE_FILE', cliMessage('error.cannotWrite', { file: opts.out }), [
              { message: localizedMessage({ zh: reason, en: reason }), location: { file: opts.out } },
            ]);
          }
          io.stderr(`${t('convert.written', { file: opts.out })}\n`);
        }
        done(EXIT.ok);
      });
  },
};
