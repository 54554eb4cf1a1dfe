import type { Evaluation } from '@jixiao/domain';

/** For the round-trip tests: what of an evaluation the 自评表 carries. */

/**
 * What the official 自评表 carries of an evaluation, as the reader gives it back. `reference` is the
 * evaluation that was written: where it leaves a field out that the sheet must print anyway, the
 * printed form is not compared —
 * - target.text / actual.text: the reader keeps each cell as written ("≥50场", "171"), the original
 *   may have no words of its own; the figures, comparator, unit and tier are compared always;
 * - actual.text beside a figure: the 实际完成值 cell holds the figure that is scored, the unit's
 *   sentence around it ("本年度新增科技型企业171家") belongs to the report;
 * - score: the sheet prints the engine's 得分 in every row (compared with the result separately);
 * - unit.department / project.implementingUnit equal to the unit itself mean "the unit itself",
 *   which the reader writes by leaving them out.
 * Not on the visible sheet, so not compared here (the data sheet carries them, see sheet-data.ts): ruleSet,
 * the reasons of scores set by hand (the form's 偏差原因 column is the unit's analysis), unit code and region, income,
 * expenditure, expenditureBudget, 三公经费, carryover, staff, narrative, meta, the indicators' ids and
 * statedScoreRate (the form has no 得分率 column), and `stated` (the sheet states the engine's figures,
 * compared with the result below).
 */
export function onSheet(e: Evaluation, reference: Evaluation = e) {
  const self = (name: string | undefined) => (name === e.unit.name ? undefined : name);
  return {
    kind: e.kind,
    fiscalYear: e.fiscalYear,
    amountUnit: e.amountUnit,
    unit: { name: e.unit.name, department: self(e.unit.department) },
    project: e.project && {
      name: e.project.name,
      code: e.project.code,
      implementingUnit: self(e.project.implementingUnit),
    },
    funds: e.funds,
    goals: e.goals,
    indicators: e.indicators.map((i, n) => {
      const ref = reference.indicators[n];
      return {
        level1: i.level1,
        level2: i.level2,
        name: i.name,
        weight: i.weight,
        target: i.target && {
          comparator: i.target.comparator,
          value: i.target.value,
          unit: i.target.unit,
          text: ref?.target?.text === undefined ? undefined : i.target.text,
        },
        actual: i.actual && {
          value: i.actual.value,
          tier: i.actual.tier,
          text: ref?.actual?.text === undefined || i.actual.value !== undefined ? undefined : i.actual.text,
        },
        score: ref?.score === undefined ? undefined : i.score,
        scoreCoefficient: i.scoreCoefficient,
        deviationReason: i.deviationReason,
        improvementMeasure: i.improvementMeasure,
      };
    }),
  };
}
