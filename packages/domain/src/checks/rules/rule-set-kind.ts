import { EVALUATION_KIND_LABEL } from '../../model/evaluation';
import type { Check } from '../check';
import { finding } from '../support/finding';

/**
 * A rule set is written for 项目支出 or 部门整体 evaluations (or both); scoring a unit-wide evaluation
 * under a project rule set gives numbers that no bureau would accept, so it is said before anything else.
 */
export const ruleSetKindMismatch: Check = {
  code: 'rule-set.kind-mismatch',
  severity: 'warning',
  title: { zh: '评分规则集不适用于该类自评', en: 'Rule set not meant for this kind of evaluation' },
  run({ evaluation, ruleSet }) {
    if (ruleSet.kinds.includes(evaluation.kind)) return [];
    const kind = EVALUATION_KIND_LABEL[evaluation.kind];
    const meant = ruleSet.kinds.map((k) => EVALUATION_KIND_LABEL[k]).join('、');
    return [
      finding(ruleSetKindMismatch, {
        location: { path: 'ruleSet', label: '评分规则集' },
        expected: meant,
        actual: kind,
        message: {
          zh: `评分规则集「${ruleSet.name}」适用于${meant}，本表为${kind}；请换用适用的规则集`,
          en: `Rule set "${ruleSet.id}" is meant for ${ruleSet.kinds.join(', ')} evaluations, but this one is ${evaluation.kind}`,
        },
      }),
    ];
  },
};
