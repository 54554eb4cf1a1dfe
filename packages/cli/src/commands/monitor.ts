import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  JixiaoError,
  type Lang,
  LIGHT_LABEL,
  type Localized,
  type MonitoringReport,
  type MonitoringResult,
  monitorReport,
} from '@jixiao/domain';
import { readMonitoringBytes } from '@jixiao/formats';
import { Option } from 'commander';
import { assertReadableFile, loadRuleSet } from '../engine';
import { EXIT } from '../exit';
import { cliMessage, punctuation, type Translate } from '../i18n';
import { renderFindings } from '../render/findings-text';
import { findingJson } from '../render/score-json';
import type { CliCommand } from './command';
import { jsonOption, rulesOption, toJson } from './options';

/** "1-7" → 7; anything else is a located usage error (1 ≤ N ≤ 12). */
export function periodMonths(value: string): number {
  const m = /^\s*1\s*-\s*(\d{1,2})\s*$/.exec(value);
  const months = m?.[1] === undefined ? Number.NaN : Number(m[1]);
  if (Number.isInteger(months) && months >= 1 && months <= 12) return months;
  const message = cliMessage('monitor.badPeriod', { value });
  throw new JixiaoError('INVALID_INPUT', message, [
    { message, location: { label: cliMessage('monitor.badPeriodWhere').text } },
  ]);
}

/**
 * `jixiao monitor FILE`: the 双监控 figures of one 监控表, each with its arithmetic. Exit codes as for
 * `check`: 0 when the report was read and monitored — red lights and 重点监控 are results, like findings —
 * and 2 when the file, the period or the rule set cannot be used.
 */
export const monitorCommand: CliCommand = {
  name: 'monitor',
  register(program, ctx, done) {
    const { t, io, lang } = ctx;
    program
      .command('monitor')
      .description(t('monitor.description'))
      .argument('<file>', t('monitor.arg.file'))
      .addOption(new Option('--period <1-N>', t('monitor.option.period')))
      .addOption(rulesOption(ctx))
      .addOption(jsonOption(ctx))
      .action(async (file: string, opts: { period?: string; rules?: string; json?: boolean }) => {
        const throughMonth = opts.period === undefined ? undefined : periodMonths(opts.period);
        const full = resolve(io.cwd, file);
        await assertReadableFile(full, file, t);
        const report = await readMonitoringBytes(new Uint8Array(await readFile(full)), file);
        const ruleSet = await loadRuleSet(opts.rules ?? report.ruleSet, io.cwd, t);
        const result = monitorReport(report, ruleSet, throughMonth === undefined ? {} : { throughMonth });
        if (opts.json) {
          const findings = result.findings.map((f) =>
            findingJson({ ...f, location: { ...f.location, file } }, lang),
          );
          io.stdout(toJson({ file, ruleSet: ruleSet.id, ...result, findings }));
        } else {
          io.stdout(renderMonitoring(report, result, lang, t));
        }
        done(EXIT.ok);
      });
  },
};

function renderMonitoring(
  report: MonitoringReport,
  result: MonitoringResult,
  lang: Lang,
  t: Translate,
): string {
  const p = punctuation(lang);
  const say = (text: Localized) => text[lang];
  const light = (l: keyof typeof LIGHT_LABEL) => say(LIGHT_LABEL[l]);
  const line = (label: string, value: string, why: Localized) =>
    `${label}${p.colon}${value}${p.paren(say(why))}`;
  const name = report.project?.name ?? report.unit.name;
  const out = [t('monitor.heading', { name, year: report.fiscalYear, months: result.throughMonth }), ''];
  out.push(line(t('monitor.timeProgress'), result.timeProgress.text, result.timeProgress.explanation));
  const { executionProgress, gap, expectedAnnualRate } = result.funds;
  if (executionProgress)
    out.push(line(t('monitor.executionProgress'), executionProgress.text, executionProgress.explanation));
  if (gap) out.push(line(t('monitor.gap'), t('monitor.gapPoints', { gap: gap.text }), gap.explanation));
  if (expectedAnnualRate) {
    out.push(line(t('monitor.expectedAnnualRate'), expectedAnnualRate.text, expectedAnnualRate.explanation));
  }
  out.push(line(t('monitor.fundsLight'), light(result.funds.light), result.funds.explanation), '');
  out.push(`${t('monitor.indicators')}${p.colon}`);
  for (const row of result.indicators) {
    const percent = row.progressPercent ? `${row.progressPercent.text} ` : '';
    out.push(`  ${row.index + 1}. ${row.name}${p.colon}${percent}${light(row.light)}`);
    out.push(`     ${say(row.explanation)}`);
  }
  out.push('', line(t('monitor.projectLight'), light(result.light), result.lightExplanation));
  out.push(`${t('monitor.focus')}${p.colon}${t(result.focus ? 'monitor.focusYes' : 'monitor.focusNo')}`);
  for (const trigger of result.triggers) out.push(`  - ${say(trigger.message)}`);
  if (result.secondRound) out.push(t('monitor.secondRound', { months: result.secondRound.throughMonth }));
  out.push('', renderFindings(result.findings, lang, t));
  return `${out.join('\n')}\n`;
}
