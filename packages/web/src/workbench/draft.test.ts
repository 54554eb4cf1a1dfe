import { describe, expect, it } from 'vitest';
import {
  buildEvaluation,
  type Draft,
  draftForSave,
  emptyDraft,
  normaliseDecimalInput,
  pruneEmpty,
} from './draft';

const base = (): Draft => ({
  ...emptyDraft('unitWide', 2022, '重庆市璧山区科学技术局', 'mof-2020'),
  funds: { total: { initialBudget: '2931.88', adjustedBudget: '2851.19', executed: '1209.56' } },
  goals: [{ expected: '推动科技创新' }],
});

describe('normaliseDecimalInput', () => {
  it('accepts thousands separators, full-width digits and spaces as typed in Chinese office software', () => {
    expect(normaliseDecimalInput('2,931.88')).toBe('2931.88');
    expect(normaliseDecimalInput('１２０９．５６')).toBe('1209.56');
    expect(normaliseDecimalInput(' 1，209.56 ')).toBe('1209.56');
  });

  it('keeps what was typed when it is not a number, so the field can say why', () => {
    expect(normaliseDecimalInput('12a')).toBe('12a');
    expect(normaliseDecimalInput('')).toBe('');
  });
});

describe('pruneEmpty', () => {
  it('drops empty strings and the objects they leave empty', () => {
    expect(pruneEmpty({ a: '', b: { c: ' ' }, d: 'x', e: [{ f: '' }] })).toEqual({ d: 'x', e: [{}] });
  });
});

describe('buildEvaluation', () => {
  it('maps a filled draft to a valid evaluation with no issues', () => {
    const draft: Draft = {
      ...base(),
      indicators: [
        {
          id: 'a',
          level1: '产出指标',
          level2: '数量指标',
          name: '新增科技型企业数量',
          weight: '15',
          target: { comparator: '>=', value: '150', unit: '家' },
          actual: { value: '171' },
        },
      ],
    };
    const built = buildEvaluation(draft);
    expect(built.issues).toEqual([]);
    expect(built.evaluation?.funds.total.executed).toBe('1209.56');
    expect(built.evaluation?.indicators[0]?.target).toEqual({ comparator: '>=', value: '150', unit: '家' });
    expect(built.rowOfIndicator).toEqual([0]);
  });

  it('skips an indicator row still missing its name and maps the kept rows back to their draft rows', () => {
    const draft: Draft = {
      ...base(),
      indicators: [
        { id: 'a', level1: '产出指标', name: '', weight: '10' },
        { id: 'b', level1: '产出指标', name: '技术合同认定个数', weight: '10' },
      ],
    };
    const built = buildEvaluation(draft);
    expect(built.evaluation?.indicators.map((i) => i.name)).toEqual(['技术合同认定个数']);
    expect(built.rowOfIndicator).toEqual([1]);
    expect(built.issues).toEqual([
      {
        path: 'indicators[0].name',
        kind: 'required',
        message: { zh: '须填写', en: 'must be filled in' },
      },
    ]);
  });

  it('leaves out a figure that is not a number, reports it at its path and still scores the rest', () => {
    const draft: Draft = { ...base(), funds: { total: { adjustedBudget: '2851.19', executed: '12O9.56' } } };
    const built = buildEvaluation(draft);
    expect(built.evaluation?.funds.total).toEqual({ adjustedBudget: '2851.19' });
    expect(built.issues.map((i) => [i.path, i.kind])).toEqual([['funds.total.executed', 'invalid']]);
  });

  it('drops a manual score whose reason is still empty instead of skipping the whole row', () => {
    const draft: Draft = {
      ...base(),
      indicators: [
        {
          id: 'a',
          level1: '满意度指标',
          name: '企业满意度',
          weight: '5',
          manualScore: { score: '5', reason: '' },
        },
      ],
    };
    const built = buildEvaluation(draft);
    expect(built.evaluation?.indicators[0]?.manualScore).toBeUndefined();
    expect(built.issues.map((i) => i.path)).toEqual(['indicators[0].manualScore.reason']);
  });

  it('still builds an evaluation when the unit name is empty, reporting it as required', () => {
    const draft: Draft = { ...base(), unit: { name: '' } };
    const built = buildEvaluation(draft);
    expect(built.evaluation).toBeDefined();
    expect(built.issues.map((i) => [i.path, i.kind])).toEqual([['unit.name', 'required']]);
  });
});

describe('draftForSave', () => {
  it('sends nothing for fields left empty but keeps the funds table the schema requires', () => {
    const draft: Draft = {
      ...emptyDraft('unitWide', 2022, '单位', 'mof-2020'),
      funds: { total: { executed: '' } },
      narrative: { problems: '' },
    };
    const saved = draftForSave(draft);
    expect(saved.funds).toEqual({ total: {} });
    expect(saved.narrative).toBeUndefined();
    expect(saved.unit).toEqual({ name: '单位' });
    expect(saved.fiscalYear).toBe(2022);
  });
});
