import { type DeclaredFunds, PROJECT_ATTRIBUTE_LABEL, type ProjectAttribute } from '@jixiao/domain';
import { formatsMessage as m } from '../messages';
import { mapColumns } from '../sheet-reader/column-map';
import { findLabel } from '../sheet-reader/find-labels';
import { type CellRef, type Grid, textAt } from '../sheet-reader/grid';
import { isLabel } from '../sheet-reader/labels';
import type { SheetIssues } from '../sheet-reader/sheet-issues';
import { LABELS, TASK_HEADERS } from './layout';
import { ALL_LABELS, amountAt, labelled, type SectionRead } from './sections';

ALL_LABELS.push(
  ...Object.values(LABELS).flat(),
  ...Object.values(TASK_HEADERS).flat(),
  '年度主要任务',
  '绩效指标',
);

const say = (zh: string, en: string) => ({ zh, en });

/** "市科协（101001）" → department and code; a name alone has no code. */
function splitDepartment(text: string): { department?: string; departmentCode?: string } {
  const hit = /^(.*?)[（(]\s*([\w-]+)\s*[)）]$/u.exec(text.trim());
  if (hit?.[1] !== undefined && hit[2]) return { department: hit[1].trim(), departmentCode: hit[2] };
  return text.trim() ? { department: text.trim() } : {};
}

/** "2022—2024年" → first and last year; anything else ("3年") is kept as written. */
function readPeriod(text: string): { periodFrom?: number; periodTo?: number; periodText?: string } {
  const span = /^(\d{4})\s*年?\s*[—\-–~～至到]+\s*(\d{4})\s*年?$/u.exec(text.trim());
  if (span) return { periodFrom: Number(span[1]), periodTo: Number(span[2]) };
  const one = /^(\d{4})\s*年$/u.exec(text.trim());
  if (one) return { periodFrom: Number(one[1]) };
  return text.trim() ? { periodText: text.trim() } : {};
}

function readAttribute(text: string): ProjectAttribute | undefined | 'bad' {
  const t = text.trim();
  if (t === '') return undefined;
  for (const [key, label] of Object.entries(PROJECT_ATTRIBUTE_LABEL) as [ProjectAttribute, string][]) {
    if (t === label || t === label.replace('项目', '')) return key;
  }
  return 'bad';
}

export interface HeaderRead {
  unit: Record<string, string>;
  project?: Record<string, string | number>;
}

/** 名称, 申报单位, 实施单位, 主管部门及代码, 项目属性, 项目期 — each by its label, within the header rows. */
export function readHeader(
  grid: Grid,
  issues: SheetIssues,
  kind: 'project' | 'unitWide',
  rows: { from: number; to: number },
): SectionRead<HeaderRead> {
  const origins = new Map<string, CellRef>();
  const text = (labels: readonly string[], path: string) => {
    const hit = labelled(grid, labels, rows);
    if (hit?.value) origins.set(path, hit.value.ref);
    return { hit, text: hit?.value?.text ?? '' };
  };
  const unitName = text(LABELS.unitName, 'unit.name');
  const department = text(LABELS.department, 'unit.department');
  const unit: Record<string, string> = { ...splitDepartment(department.text) };
  if (kind === 'unitWide') {
    if (!unitName.text) {
      issues.at(
        unitName.hit?.label,
        say('部门（单位）名称', 'unit name'),
        m('targets.labelMissing', { label: '部门（单位）名称' }),
        'unit.name',
      );
    }
    return { value: { unit: { name: unitName.text, ...unit } }, origins };
  }
  const projectName = text(LABELS.projectName, 'project.name');
  if (!projectName.text) {
    issues.at(
      projectName.hit?.label,
      say('项目名称', 'project name'),
      m('targets.labelMissing', { label: '项目名称' }),
      'project.name',
    );
  }
  const implementing = text(LABELS.implementingUnit, 'project.implementingUnit');
  const name = unitName.text || implementing.text || unit.department || '';
  if (!name) {
    issues.at(
      unitName.hit?.label,
      say('申报单位', 'declaring unit'),
      m('targets.labelMissing', { label: '申报单位' }),
      'unit.name',
    );
  }
  const project: Record<string, string | number> = { name: projectName.text };
  if (implementing.text) project.implementingUnit = implementing.text;
  const attribute = text(LABELS.attribute, 'project.attribute');
  const attr = readAttribute(attribute.text);
  if (attr === 'bad') {
    const ref = attribute.hit?.value?.ref;
    issues.at(
      ref,
      say('项目属性', 'project attribute'),
      m('targets.unknownAttribute', { text: attribute.text }),
      'project.attribute',
    );
  } else if (attr) project.attribute = attr;
  Object.assign(project, readPeriod(text(LABELS.period, 'project.periodText').text));
  return { value: { unit: { name, ...unit }, project }, origins };
}

const FUND_ROWS: [readonly string[], keyof DeclaredFunds, string][] = [
  [LABELS.fundsTotal, 'total', '资金总额'],
  [LABELS.fiscalAppropriation, 'fiscalAppropriation', '其中：财政拨款'],
  [LABELS.otherFunds, 'otherFunds', '其他资金'],
];

/** 中期 / 年度 columns of the funds block, its three rows found by their labels. */
export function readFunds(
  grid: Grid,
  issues: SheetIssues,
  rows: { from: number; to: number },
): SectionRead<{ midTerm?: DeclaredFunds; annual: DeclaredFunds }> {
  const origins = new Map<string, CellRef>();
  const totalAt = findLabel(grid, LABELS.fundsTotal, rows);
  const annual: DeclaredFunds = {};
  const midTerm: DeclaredFunds = {};
  if (!totalAt) {
    issues.at(
      undefined,
      say('资金总额', 'total funds'),
      m('targets.labelMissing', { label: '资金总额' }),
      'funds.annual.total',
    );
    return { value: { annual }, origins };
  }
  const header = totalAt.row - 1;
  const { columns } = mapColumns(grid, [header], { midTerm: LABELS.midTerm, annual: LABELS.annual });
  if (columns.annual === undefined) {
    issues.at(
      { row: header, col: totalAt.col },
      say('年度', 'annual'),
      m('targets.labelMissing', { label: '年度' }),
      'funds.annual',
    );
    return { value: { annual }, origins };
  }
  for (const [labels, key, zh] of FUND_ROWS) {
    const at = findLabel(grid, labels, { from: header, to: Math.min(rows.to, header + 5) });
    if (!at) continue;
    const read = (col: number | undefined, period: 'annual' | 'midTerm', into: DeclaredFunds) => {
      if (col === undefined) return;
      const periodZh = period === 'annual' ? '年度' : '中期';
      const label = say(`${periodZh}${zh}`, `${period} ${key}`);
      const value = amountAt(grid, issues, { row: at.row, col }, label, `funds.${period}.${key}`, origins);
      if (value !== undefined) into[key] = value;
    };
    read(columns.annual, 'annual', annual);
    read(columns.midTerm, 'midTerm', midTerm);
  }
  return { value: { annual, ...(Object.keys(midTerm).length > 0 ? { midTerm } : {}) }, origins };
}

/** 中期目标 / 年度目标 headers with the texts below them. */
export function readGoalTexts(
  grid: Grid,
  rows: { from: number; to: number },
): SectionRead<Record<string, string>> {
  const origins = new Map<string, CellRef>();
  const goals: Record<string, string> = {};
  const at: [readonly string[], string][] = [
    [LABELS.midTermGoal, 'midTerm'],
    [LABELS.annualGoal, 'annual'],
  ];
  for (const [labels, key] of at) {
    const header = findLabel(grid, labels, rows);
    if (!header) continue;
    const text = textAt(grid, header.row + 1, header.col);
    if (text && !isLabel(text, ALL_LABELS)) {
      goals[key] = text;
      origins.set(`goals.${key}`, { row: header.row + 1, col: header.col });
    }
  }
  return { value: goals, origins };
}

/** 年度主要任务 (部门整体): the two-row header, then one task per row until a blank 任务名称. */
export function readTasks(
  grid: Grid,
  issues: SheetIssues,
  rows: { from: number; to: number },
): SectionRead<{ name: string; content?: string; budget: DeclaredFunds }[]> {
  const origins = new Map<string, CellRef>();
  const header = findLabel(grid, TASK_HEADERS.name, rows);
  if (!header) return { value: [], origins };
  const { columns } = mapColumns(grid, [header.row, header.row + 1], TASK_HEADERS);
  const tasks: { name: string; content?: string; budget: DeclaredFunds }[] = [];
  for (let row = header.row + 2; row < rows.to; row++) {
    const name = textAt(grid, row, header.col);
    if (name === '' || isLabel(name, ALL_LABELS)) break;
    const index = tasks.length;
    origins.set(`mainTasks[${index}].name`, { row, col: header.col });
    const content = columns.content === undefined ? '' : textAt(grid, row, columns.content);
    const budget: DeclaredFunds = {};
    for (const key of ['total', 'fiscalAppropriation', 'otherFunds'] as const) {
      const col = columns[key];
      if (col === undefined) continue;
      const label = say(`年度主要任务「${name}」${TASK_HEADERS[key][0]}`, `main task "${name}" ${key}`);
      const value = amountAt(grid, issues, { row, col }, label, `mainTasks[${index}].budget.${key}`, origins);
      if (value !== undefined) budget[key] = value;
    }
    tasks.push({ name, ...(content ? { content } : {}), budget });
  }
  return { value: tasks, origins };
}
