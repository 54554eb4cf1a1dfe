import type { Finding } from '../../checks/finding';
import { finding } from '../../checks/support/finding';
import { joinSum, show, showAmount } from '../../checks/support/format';
import type { DeclaredFunds } from '../../model/target-declaration';
import { AMOUNT_UNIT_LABEL } from '../../money/amount-unit';
import { type Decimal, dec, sum, ZERO } from '../../money/decimal';
import type { TargetCheck } from '../check';

const SOURCES: readonly { key: keyof DeclaredFunds; zh: string; en: string }[] = [
  { key: 'total', zh: '总额', en: 'total' },
  { key: 'fiscalAppropriation', zh: '财政拨款', en: 'fiscal appropriation' },
  { key: 'otherFunds', zh: '其他资金', en: 'other funds' },
];

/**
 * 部门整体: the 年度主要任务 budgets add up to the year's funds, in total and per source (财政拨款,
 * 其他资金). A source is compared when the annual funds give it and at least one task does; a task that
 * leaves it blank counts as 0.
 */
export const tasksBudgetMismatch: TargetCheck = {
  code: 'target.tasks-budget-mismatch',
  severity: 'error',
  title: { zh: '年度主要任务预算与年度资金不符', en: 'Main-task budgets differ from the annual funds' },
  run({ declaration }) {
    if (declaration.kind !== 'unitWide' || declaration.mainTasks.length === 0) return [];
    const unit = AMOUNT_UNIT_LABEL[declaration.amountUnit];
    const out: Finding[] = [];
    for (const source of SOURCES) {
      const annual = declaration.funds.annual[source.key];
      if (annual === undefined) continue;
      if (declaration.mainTasks.every((t) => t.budget[source.key] === undefined)) continue;
      const amounts: Decimal[] = declaration.mainTasks.map((t) => {
        const amount = t.budget[source.key];
        return amount === undefined ? ZERO : dec(amount);
      });
      const tasks = sum(amounts);
      const expected = dec(annual);
      if (tasks.eq(expected)) continue;
      out.push(
        finding(tasksBudgetMismatch, {
          location: { path: `funds.annual.${source.key}`, label: `年度主要任务预算（${source.zh}）` },
          expected: show(expected),
          actual: show(tasks),
          numbers: { tasksSum: show(tasks), annual: show(expected), difference: show(tasks.minus(expected)) },
          message: {
            zh: `年度主要任务预算（${source.zh}）合计 ${joinSum(amounts)} = ${showAmount(tasks)} ${unit}，与年度资金${source.zh} ${showAmount(expected)} ${unit}不符`,
            en: `The main tasks' budgets (${source.en}) add up to ${showAmount(tasks)}, but the annual ${source.en} is ${showAmount(expected)}`,
          },
        }),
      );
    }
    return out;
  },
};
