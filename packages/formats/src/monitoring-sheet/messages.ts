import { defineMessages, type Mirror } from '@jixiao/domain';

/** The 监控表 reader's and writer's sentences: zh first, en with the same keys and parameters. */
const zh = {
  'monitoringSheet.notFound': (p: { file: string }) => `文件「${p.file}」中没有找到绩效目标执行监控表`,
  'monitoringSheet.notFoundHint': () =>
    '监控表应有「一级指标」「三级指标」「年度指标值」列和「年度资金总额」行',
  'monitoringSheet.unreadable': (p: { file: string; count: number }) =>
    `文件「${p.file}」的监控表有 ${p.count} 处问题，未导入任何数据`,
  'monitoringSheet.yearMissing': () => '未找到预算年度：标题下一行应写「（2026年度 1-7月）」',
  'monitoringSheet.periodMissing': () => '未找到监控期间：应写「1-7月」（1 至 12 月）',
  'monitoringSheet.nameMissing': (p: { label: string }) => `未填写「${p.label}」`,
  'monitoringSheet.notAmount': (p: { text: string }) => `「${p.text}」不是金额，请填写数字，例如 30 或 30.5`,
  'monitoringSheet.notNumber': (p: { text: string }) => `「${p.text}」不是数字`,
  'monitoringSheet.badLikelihood': (p: { text: string; values: string }) =>
    `完成目标可能性「${p.text}」无法识别，须从以下选择：${p.values}`,
  'monitoringSheet.targetMissing': () => '年度指标值为空',
  'monitoringSheet.level1Empty': () => '一级指标为空（例如「产出指标」「效益指标」）',
  'monitoringSheet.nameEmpty': () => '三级指标名称为空',
  'monitoringSheet.missingColumn': (p: { column: string }) => `缺少「${p.column}」列`,
  'monitoringSheet.period': (p: { year: number; months: number; round: string }) =>
    `（${p.year}年度 1-${p.months}月${p.round}）`,
  'monitoringSheet.secondRound': () => ' 二次监控',
  'monitoringSheet.ruleSet': (p: { id: string }) => `规则集：${p.id}`,
  'monitoringSheet.computedNote': () => '进度、灯号由 jixiao 按规则集计算，读回时不作为数据',
  'monitoringSheet.unsupported': (p: { file: string }) => `文件「${p.file}」不是可读取的监控表格式`,
  'monitoringSheet.supported': () => '支持的监控表文件：.xlsx（监控表），.json（jixiao.monitoring）',
};

const en: Mirror<typeof zh> = {
  'monitoringSheet.notFound': (p) => `no performance monitoring form found in file "${p.file}"`,
  'monitoringSheet.notFoundHint': () =>
    'a monitoring form has the columns 一级指标, 三级指标 and 年度指标值 and the row 年度资金总额',
  'monitoringSheet.unreadable': (p) =>
    `the monitoring form in file "${p.file}" has ${p.count} problem${p.count === 1 ? '' : 's'}; nothing was imported`,
  'monitoringSheet.yearMissing': () =>
    'no fiscal year: the line under the title should read "（2026年度 1-7月）"',
  'monitoringSheet.periodMissing': () => 'no monitoring period: write "1-7月" (months 1 to 12)',
  'monitoringSheet.nameMissing': (p) => `"${p.label}" is not filled in`,
  'monitoringSheet.notAmount': (p) => `"${p.text}" is not an amount; write a number such as 30 or 30.5`,
  'monitoringSheet.notNumber': (p) => `"${p.text}" is not a number`,
  'monitoringSheet.badLikelihood': (p) => `likelihood "${p.text}" is not one of: ${p.values}`,
  'monitoringSheet.targetMissing': () => 'the annual target is empty',
  'monitoringSheet.level1Empty': () => 'the level-1 indicator is empty (e.g. 产出指标, 效益指标)',
  'monitoringSheet.nameEmpty': () => 'the level-3 indicator name is empty',
  'monitoringSheet.missingColumn': (p) => `the column "${p.column}" is missing`,
  'monitoringSheet.period': (p) => `(fiscal year ${p.year}, months 1-${p.months}${p.round})`,
  'monitoringSheet.secondRound': () => ', second round',
  'monitoringSheet.ruleSet': (p) => `rule set: ${p.id}`,
  'monitoringSheet.computedNote': () =>
    'progress and lights are computed by jixiao from the rule set; not read back as data',
  'monitoringSheet.unsupported': (p) => `file "${p.file}" is not in a monitoring format jixiao reads`,
  'monitoringSheet.supported': () => 'monitoring files: .xlsx (监控表), .json (jixiao.monitoring)',
};

export const monitoringSheetMessage = defineMessages(zh, en);
