import type { ThreePublicAmounts } from '../../model/evaluation';
import type { Check } from '../check';
import type { Finding } from '../finding';
import { type SumPart, sumFindings } from '../support/sum-check';

const COLUMNS = [
  { key: 'budget', zh: '预算数', en: 'budget' },
  { key: 'actual', zh: '实际支出', en: 'actual' },
  { key: 'priorYearActual', zh: '上年实际支出', en: 'prior-year actual' },
] as const;

/**
 * "三公"经费: 因公出国（境）费 + 公务接待费 + 公务用车购置及运行维护费 = 合计, and 公务用车 = 购置 + 运行维护,
 * for the budget, the actual and the prior-year figures. The vehicle sub-items stand in for the vehicle
 * line when the document gives only them (seed 004: 4.85 + 1.13 = 5.98).
 */
export const threePublicPartsMismatch: Check = {
  code: 'three-public.parts-mismatch',
  severity: 'error',
  title: {
    zh: '“三公”经费各项之和与合计不符',
    en: '"Three public" expense items do not add up to the total',
  },
  run({ evaluation, ruleSet }) {
    const expenses = evaluation.threePublicExpenses;
    if (!expenses) return [];
    const out: Finding[] = [];
    for (const column of COLUMNS) {
      const amounts: ThreePublicAmounts | undefined = expenses[column.key];
      if (!amounts) continue;
      const base = `threePublicExpenses.${column.key}`;
      const vehicleParts: SumPart[] = [];
      if (amounts.vehiclePurchase !== undefined)
        vehicleParts.push({ name: '公务用车购置费', written: amounts.vehiclePurchase });
      if (amounts.vehicleOperation !== undefined)
        vehicleParts.push({ name: '公务用车运行维护费', written: amounts.vehicleOperation });
      if (amounts.officialVehicles !== undefined && vehicleParts.length === 2) {
        out.push(
          ...sumFindings(threePublicPartsMismatch, {
            evaluation,
            mode: ruleSet.rounding.mode,
            total: {
              written: amounts.officialVehicles,
              location: {
                path: `${base}.officialVehicles`,
                label: `“三公”经费${column.zh}「公务用车购置及运行维护费」`,
              },
            },
            parts: vehicleParts,
            partsLabel: {
              zh: `“三公”经费${column.zh}中公务用车购置费与运行维护费`,
              en: `Vehicle purchase and operation (${column.en})`,
            },
          }),
        );
      }
      if (amounts.total === undefined) continue;
      const parts: SumPart[] = [];
      if (amounts.overseasTravel !== undefined)
        parts.push({ name: '因公出国（境）费', written: amounts.overseasTravel });
      if (amounts.officialReception !== undefined)
        parts.push({ name: '公务接待费', written: amounts.officialReception });
      if (amounts.officialVehicles !== undefined)
        parts.push({ name: '公务用车购置及运行维护费', written: amounts.officialVehicles });
      else parts.push(...vehicleParts);
      out.push(
        ...sumFindings(threePublicPartsMismatch, {
          evaluation,
          mode: ruleSet.rounding.mode,
          total: {
            written: amounts.total,
            location: { path: `${base}.total`, label: `“三公”经费${column.zh}合计` },
          },
          parts,
          partsLabel: { zh: `“三公”经费${column.zh}各项`, en: `"Three public" expense items (${column.en})` },
        }),
      );
    }
    return out;
  },
};
