import { JixiaoError, type MonitoringReport, parseMonitoring } from '@jixiao/domain';
import { parseJsonText } from '../evaluation-json/json-text';
import { monitoringSheetMessage as m } from './messages';
import { readMonitoringXlsx } from './read';

/** A monitoring report from a file's bytes: `jixiao.monitoring` JSON or a 监控表 .xlsx, by extension. */
export async function readMonitoringBytes(bytes: Uint8Array, fileName: string): Promise<MonitoringReport> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return readMonitoringXlsx(bytes, fileName);
  if (lower.endsWith('.json')) {
    return parseMonitoring(parseJsonText(new TextDecoder().decode(bytes), fileName), { file: fileName });
  }
  throw new JixiaoError('UNSUPPORTED_FORMAT', m('monitoringSheet.unsupported', { file: fileName }), [
    { message: m('monitoringSheet.supported'), location: { file: fileName } },
  ]);
}

/** A report as `jixiao.monitoring` JSON text (decimals as strings), with a final newline. */
export function writeMonitoringJson(report: MonitoringReport): string {
  return `${JSON.stringify(parseMonitoring(report), null, 2)}\n`;
}

/** Whether a JSON value is a monitoring report (rather than an evaluation), by its format marker. */
export function isMonitoringJson(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && 'format' in value && value.format === 'jixiao.monitoring'
  );
}
