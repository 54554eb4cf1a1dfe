import { describe, expect, it } from 'vitest';
import { JixiaoError } from '../errors';
import { targetInForce } from '../model/target-declaration';
import { adjustTargets } from './adjust';
import { makeDeclaration } from './test-support';

const declaration = makeDeclaration();
const lower = { comparator: '>=' as const, value: '100', unit: '场' };

describe('adjustTargets', () => {
  it('sets the adjustment with its reason and keeps the approved target', () => {
    const adjusted = adjustTargets(declaration, [{ index: 0, target: lower, reason: ' 疫情停办两月 ' }]);
    expect(adjusted.indicators[0]?.target).toEqual({ comparator: '>=', value: '120', unit: '场' });
    expect(adjusted.indicators[0]?.adjustment).toEqual({ target: lower, reason: '疫情停办两月' });
    // not approved yet: the declared target stays in force
    expect(adjusted.indicators[0] && targetInForce(adjusted.indicators[0])).toEqual(
      declaration.indicators[0]?.target,
    );
    expect(adjusted.indicators[1]).toEqual(declaration.indicators[1]);
    expect(declaration.indicators[0]?.adjustment).toBeUndefined();
  });

  it('refuses the whole request, naming each change without a reason or indicator', () => {
    let error: unknown;
    try {
      adjustTargets(declaration, [
        { index: 0, target: lower, reason: '理由' },
        { index: 1, target: lower, reason: '  ' },
        { index: 5, target: lower, reason: '理由' },
      ]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JixiaoError);
    if (!(error instanceof JixiaoError)) return;
    expect(error.text('zh')).toBe('指标值调整有 2 处问题，未作任何调整');
    expect(error.issues.map((i) => [i.location?.path, i.message.text.zh])).toEqual([
      ['indicators[1].adjustment.reason', '调整指标值须写明调整理由'],
      ['indicators[5]', '没有第 6 个绩效指标（申报表共 3 个）'],
    ]);
  });
});
