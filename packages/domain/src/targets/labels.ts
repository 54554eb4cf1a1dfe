import { domainMessage } from '../messages';
import { EVALUATION_LABELS, type LabelNode, type LabelTree, leaf } from '../model/parse';

/**
 * The words a preparer knows for the fields of a 绩效目标申报表, for located messages
 * ("绩效指标第 4 行（企业满意度）「年度指标值」"). Fields the declaration shares with the evaluation
 * (unit, meta, an indicator's 一级/二级/三级/分值/指标值) take the evaluation's words, so both read alike.
 */

const evaluationNode = (key: string): LabelNode => EVALUATION_LABELS[key] ?? leaf(key, key);
const indicatorFields = evaluationNode('indicators').fields ?? {};
const targetNode = indicatorFields.target ?? leaf('年度指标值', 'annual target');
const unitNode = evaluationNode('unit');

const FUNDS_FIELDS: Record<string, LabelNode> = {
  total: leaf('资金总额', 'total funds'),
  fiscalAppropriation: leaf('其中：财政拨款', 'of which: fiscal appropriation'),
  otherFunds: leaf('其中：其他资金', 'of which: other funds'),
};

const DECLARATION_FIELDS: Record<string, LabelNode> = {
  ...EVALUATION_LABELS,
  kind: leaf('申报表类型', 'declaration kind'),
  unit: {
    ...unitNode,
    fields: {
      ...unitNode.fields,
      department: leaf('主管部门', 'supervising department'),
      departmentCode: leaf('主管部门代码', 'supervising department code'),
    },
  },
  project: {
    label: { zh: '项目', en: 'project' },
    fields: {
      name: leaf('项目名称', 'project name'),
      code: leaf('项目编码', 'project code'),
      implementingUnit: leaf('实施单位', 'implementing unit'),
      attribute: leaf('项目属性', 'project attribute'),
      periodFrom: leaf('项目期（起）', 'project period (from)'),
      periodTo: leaf('项目期（止）', 'project period (to)'),
      periodText: leaf('项目期', 'project period'),
      category: leaf('项目类别', 'project category'),
    },
  },
  funds: {
    label: { zh: '项目资金', en: 'funds' },
    fields: {
      midTerm: { label: { zh: '中期资金', en: 'mid-term funds' }, fields: FUNDS_FIELDS },
      annual: { label: { zh: '年度资金', en: 'annual funds' }, fields: FUNDS_FIELDS },
    },
  },
  goals: {
    label: { zh: '总体目标', en: 'overall goals' },
    fields: { midTerm: leaf('中期目标', 'mid-term goal'), annual: leaf('年度目标', 'annual goal') },
  },
  mainTasks: {
    label: { zh: '年度主要任务', en: 'main tasks of the year' },
    item: { zh: '项', en: 'task' },
    fields: {
      name: leaf('任务名称', 'task name'),
      content: leaf('主要内容', 'content'),
      budget: { label: { zh: '预算金额', en: 'budget' }, fields: FUNDS_FIELDS },
    },
  },
  indicators: {
    label: { zh: '绩效指标', en: 'indicators' },
    item: { zh: '行', en: 'row' },
    fields: {
      ...indicatorFields,
      target: targetNode,
      midTermTarget: { ...targetNode, label: { zh: '中期指标值', en: 'mid-term target' } },
      basis: leaf('设定依据', 'value basis'),
      basisNote: leaf('设定依据说明', 'basis note'),
      core: leaf('核心指标', 'core indicator'),
      libraryId: leaf('指标库编号', 'library entry'),
      adjustment: {
        label: { zh: '调整指标值', en: 'adjusted target' },
        fields: {
          target: targetNode,
          reason: leaf('调整理由', 'reason'),
          approvedOn: leaf('批准日期', 'approved on'),
        },
      },
      remark: leaf('备注', 'remark'),
    },
  },
};

export const DECLARATION_LABELS: LabelTree = {
  fields: DECLARATION_FIELDS,
  whole: domainMessage('declaration.whole'),
};
