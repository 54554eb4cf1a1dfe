import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { MonitoringReport } from '@jixiao/domain';
import { MAX_EVALUATION_FILE_BYTES, parseJsonText, readEvaluationBytes } from '@jixiao/formats/read';
import { assertReadableFile } from './engine';
import type { Translate } from './i18n';

/**
 * The CLI's door for 监控表 files: .json (jixiao.monitoring) or the .xlsx form. Size and readability are
 * checked as for evaluations; a file too large is refused by the evaluation reader's own message.
 * The monitoring readers load ExcelJS and the sheet reader: imported only when a command needs them.
 */
async function bytesOf(path: string, cwd: string, t: Translate): Promise<Uint8Array> {
  const full = resolve(cwd, path);
  const size = await assertReadableFile(full, path, t);
  if (size > MAX_EVALUATION_FILE_BYTES) await readEvaluationBytes(new Uint8Array(size), path);
  return new Uint8Array(await readFile(full));
}

export async function loadMonitoring(path: string, cwd: string, t: Translate): Promise<MonitoringReport> {
  const { readMonitoringBytes } = await import('@jixiao/formats');
  return readMonitoringBytes(await bytesOf(path, cwd, t), path);
}

/**
 * The monitoring report in `path` when it is one (a JSON file whose format is jixiao.monitoring, a
 * workbook holding a 监控表), else undefined: `convert` then reads it as something else.
 */
export async function monitoringIn(
  path: string,
  cwd: string,
  t: Translate,
): Promise<MonitoringReport | undefined> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.json' && ext !== '.xlsx') return undefined;
  const bytes = await bytesOf(path, cwd, t);
  const formats = await import('@jixiao/formats');
  if (ext === '.json') {
    const text = new TextDecoder().decode(bytes);
    return formats.isMonitoringJson(parseJsonText(text, path))
      ? formats.readMonitoringBytes(bytes, path)
      : undefined;
  }
  return (await formats.isMonitoringXlsx(bytes, path)) ? formats.readMonitoringXlsx(bytes, path) : undefined;
}
