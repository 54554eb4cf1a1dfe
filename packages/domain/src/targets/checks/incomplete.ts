import type { Finding } from '../../checks/finding';
import { finding } from '../../checks/support/finding';
import type { TargetCheck } from '../check';

/**
 * A declaration with no indicator, or without its annual funds, has nothing to be reviewed against: it
 * must not pass only because every other check had nothing to look at (a rule set whose blocks carry no
 * weight asks for no block, and an empty tree has no weights to add up).
 */
export const declarationIncomplete: TargetCheck = {
  code: 'target.incomplete',
  severity: 'error',
  title: { zh: '申报表缺少绩效指标或年度资金', en: 'Declaration without indicators or annual funds' },
  run({ declaration }) {
    const out: Finding[] = [];
    if (declaration.indicators.length === 0) {
      out.push(
        finding(declarationIncomplete, {
          location: { path: 'indicators', label: '绩效指标' },
          message: { zh: '申报表尚未填写绩效指标', en: 'the declaration has no performance indicators yet' },
        }),
      );
    }
    if (declaration.funds.annual.total === undefined) {
      out.push(
        finding(declarationIncomplete, {
          location: { path: 'funds.annual.total', label: '年度资金总额' },
          message: { zh: '申报表尚未填写年度资金总额', en: 'the declaration gives no annual funds total' },
        }),
      );
    }
    return out;
  },
};
