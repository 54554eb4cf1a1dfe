import { defineMessages, type Mirror } from '../messages/define';

/**
 * The monitoring engine's sentences (运行监控): the zh table first, the en table with the same keys and
 * parameters. Figures arrive already written ("58.33%", "42个"); user data is quoted 「…」 here.
 */
const zh = {
  'monitoring.invalid': (p: { count: number }) => `监控数据有 ${p.count} 处问题`,
  'monitoring.invalidInFile': (p: { file: string; count: number }) =>
    `文件「${p.file}」中的监控数据有 ${p.count} 处问题`,
  'monitoring.projectNameRequired': () => '项目支出绩效目标执行监控表必须填写项目名称',
  'monitoring.whole': () => '监控数据（整体）',

  'light.red': () => '红灯',
  'light.yellow': () => '黄灯',
  'light.green': () => '绿灯',
  'light.blue': () => '蓝灯',
  'light.none': () => '—',

  'figure.timeProgress': (p: { months: number; percent: string }) =>
    `时序进度 = ${p.months} ÷ 12 = ${p.percent}`,
  'figure.executionProgress': (p: { executed: string; budget: string; percent: string }) =>
    `执行进度 = 执行数 ${p.executed} ÷ 预算数 ${p.budget} = ${p.percent}`,
  'figure.gap': (p: { time: string; execution: string; gap: string }) =>
    `进度差 = 时序进度 ${p.time} − 执行进度 ${p.execution} = ${p.gap} 个百分点`,
  'figure.expectedAnnualRate': (p: { expected: string; budget: string; percent: string }) =>
    `全年预计执行率 = 全年预计执行数 ${p.expected} ÷ 预算数 ${p.budget} = ${p.percent}`,
  'figure.noBudget': () => '未填报预算数（或预算数为 0），不计算执行进度',
  'figure.noExecuted': () => '未填报执行数，不计算执行进度',

  'progress.prorated': (p: { actual: string; target: string; months: number; percent: string }) =>
    `${p.actual} ÷ (${p.target} ÷ 12 × ${p.months}) = ${p.percent}`,
  'progress.direct': (p: { actual: string; target: string; percent: string }) =>
    `${p.actual} ÷ ${p.target} = ${p.percent}`,
  'progress.notProrated': () => '（百分比、时效类指标不按月份折算）',
  'progress.band': (p: { band: string; light: string }) => `${p.band} → ${p.light}`,
  'progress.reverseWithin': (p: { actual: string; target: string; light: string }) =>
    `反向指标：${p.actual} ≤ 截至本期指标值 ${p.target} → ${p.light}`,
  'progress.reverseOver': (p: { actual: string; target: string; light: string }) =>
    `反向指标：${p.actual} > 截至本期指标值 ${p.target} → ${p.light}`,
  'progress.proratedTarget': (p: { target: string; months: number; value: string }) =>
    `${p.target} ÷ 12 × ${p.months} = ${p.value}`,
  'progress.exactEqual': (p: { actual: string; target: string; light: string }) =>
    `等值指标（规则集：须恰好等于）：${p.actual} = ${p.target} → ${p.light}`,
  'progress.exactUnequal': (p: { actual: string; target: string; light: string }) =>
    `等值指标（规则集：须恰好等于）：${p.actual} ≠ ${p.target} → ${p.light}`,
  'progress.targetZero': (p: { light: string }) => `指标值为 0，已达到 → ${p.light}`,
  'progress.qualitative': (p: { tier: string; light: string }) => `定性指标：${p.tier} → ${p.light}`,
  'progress.notReported': () => '未填报',
  'progress.noTier': () => '定性指标未判断完成档次（达成/部分达成/未达成）',
  'progress.noTarget': () => '年度指标值未给出可比较的数值',
  'progress.notNumber': (p: { text: string }) => `执行情况「${p.text}」不是可比较的数值`,
  'project.light': (p: { light: string; count: number }) => `${p.count} 项指标中最差为${p.light}`,
  'project.noLight': () => '没有可判断的指标',
  'funds.light': (p: { formula: string; band: string }) => `资金执行 ÷ 时序进度：${p.formula}，${p.band}`,

  'trigger.zeroExecution': () => '资金执行率为 0',
  'trigger.quantityBehind': (p: { name: string; percent: string; limit: string }) =>
    `数量指标「${p.name}」进度 ${p.percent}，低于 ${p.limit}（偏离超过规则集的限度）`,
  'trigger.redLight': (p: { name: string }) => `「${p.name}」亮红灯`,
  'trigger.fundsRedLight': () => '资金执行亮红灯',

  'finding.partsMismatch': (p: { column: string; parts: string; total: string }) =>
    `「${p.column}」其中各项合计 ${p.parts}，与年度资金总额 ${p.total} 不符`,
  'finding.partsOverTotal': (p: { column: string; part: string; total: string }) =>
    `「${p.column}」其中一项 ${p.part} 超过年度资金总额 ${p.total}`,
  'finding.executedOverBudget': (p: { row: string; executed: string; budget: string }) =>
    `「${p.row}」执行数 ${p.executed} 超过预算数 ${p.budget}`,
  'finding.expectedBelowExecuted': (p: { row: string; expected: string; executed: string }) =>
    `「${p.row}」全年预计执行数 ${p.expected} 小于已执行数 ${p.executed}`,
  'finding.certainOnRed': (p: { name: string }) =>
    `「${p.name}」亮红灯，却填“确定能”完成目标且未写拟采取的措施`,
  'finding.deviationMissing': (p: { name: string; light: string }) =>
    `「${p.name}」亮${p.light}，未填写偏差原因分析`,
};

const en: Mirror<typeof zh> = {
  'monitoring.invalid': (p) => `the monitoring data has ${p.count} problem${p.count === 1 ? '' : 's'}`,
  'monitoring.invalidInFile': (p) =>
    `the monitoring data in file "${p.file}" has ${p.count} problem${p.count === 1 ? '' : 's'}`,
  'monitoring.projectNameRequired': () => 'a project monitoring form must name the project',
  'monitoring.whole': () => 'the monitoring data (as a whole)',

  'light.red': () => 'red',
  'light.yellow': () => 'yellow',
  'light.green': () => 'green',
  'light.blue': () => 'blue',
  'light.none': () => '—',

  'figure.timeProgress': (p) => `time progress = ${p.months} ÷ 12 = ${p.percent}`,
  'figure.executionProgress': (p) =>
    `execution progress = executed ${p.executed} ÷ budget ${p.budget} = ${p.percent}`,
  'figure.gap': (p) => `gap = time progress ${p.time} − execution progress ${p.execution} = ${p.gap} points`,
  'figure.expectedAnnualRate': (p) =>
    `expected annual execution = expected ${p.expected} ÷ budget ${p.budget} = ${p.percent}`,
  'figure.noBudget': () => 'no budget (or a budget of 0): execution progress is not computed',
  'figure.noExecuted': () => 'no amount executed given: execution progress is not computed',

  'progress.prorated': (p) => `${p.actual} ÷ (${p.target} ÷ 12 × ${p.months}) = ${p.percent}`,
  'progress.direct': (p) => `${p.actual} ÷ ${p.target} = ${p.percent}`,
  'progress.notProrated': () => ' (percentages and time limits are not prorated by month)',
  'progress.band': (p) => `${p.band} → ${p.light}`,
  'progress.reverseWithin': (p) => `lower is better: ${p.actual} ≤ target to date ${p.target} → ${p.light}`,
  'progress.reverseOver': (p) => `lower is better: ${p.actual} > target to date ${p.target} → ${p.light}`,
  'progress.proratedTarget': (p) => `${p.target} ÷ 12 × ${p.months} = ${p.value}`,
  'progress.exactEqual': (p) => `exact target (rule set: must equal): ${p.actual} = ${p.target} → ${p.light}`,
  'progress.exactUnequal': (p) =>
    `exact target (rule set: must equal): ${p.actual} ≠ ${p.target} → ${p.light}`,
  'progress.targetZero': (p) => `target 0, reached → ${p.light}`,
  'progress.qualitative': (p) => `qualitative: ${p.tier} → ${p.light}`,
  'progress.notReported': () => 'not reported',
  'progress.noTier': () => 'qualitative indicator without a tier (met / partly met / not met)',
  'progress.noTarget': () => 'the annual target gives no number to compare with',
  'progress.notNumber': (p) => `progress "${p.text}" is not a number to compare`,
  'project.light': (p) => `worst of ${p.count} indicators: ${p.light}`,
  'project.noLight': () => 'no indicator can be judged',
  'funds.light': (p) => `execution against time progress: ${p.formula}, ${p.band}`,

  'trigger.zeroExecution': () => 'nothing of the budget executed',
  'trigger.quantityBehind': (p) =>
    `quantity indicator "${p.name}" at ${p.percent}, below ${p.limit} (behind by more than the rule set allows)`,
  'trigger.redLight': (p) => `"${p.name}" shows a red light`,
  'trigger.fundsRedLight': () => 'funds execution shows a red light',

  'finding.partsMismatch': (p) =>
    `"${p.column}": the "of which" rows add up to ${p.parts}, not the total ${p.total}`,
  'finding.partsOverTotal': (p) =>
    `"${p.column}": an "of which" row of ${p.part} exceeds the total ${p.total}`,
  'finding.executedOverBudget': (p) => `"${p.row}": executed ${p.executed} exceeds the budget ${p.budget}`,
  'finding.expectedBelowExecuted': (p) =>
    `"${p.row}": expected for the year ${p.expected} is below what is already executed, ${p.executed}`,
  'finding.certainOnRed': (p) =>
    `"${p.name}" shows a red light but says the target will certainly be met, with no measures`,
  'finding.deviationMissing': (p) => `"${p.name}" shows ${p.light} but gives no cause of the deviation`,
};

export const monitoringMessage = defineMessages(zh, en);
export type MonitoringMessageKey = keyof typeof zh;
