import { describe, expect, it } from 'vitest';
import type { Check } from './check';
import type { Finding, Severity } from './finding';
import { CHECKS } from './registry';
import { runChecks } from './run';
import { makeContext, makeEvaluation, makeRuleSet } from './test-support';

const fixed = (code: string, found: Array<[Severity, string]>): Check => ({
  code,
  severity: 'error',
  title: { zh: code, en: code },
  run: () =>
    found.map(
      ([severity, path]): Finding => ({
        code,
        severity,
        message: { zh: '', en: '' },
        location: { path, label: path },
      }),
    ),
});

describe('runChecks', () => {
  it('orders findings by severity, then location, with indicators[2] before indicators[10]', () => {
    const checks = [
      fixed('a', [
        ['info', 'income.statedTotal'],
        ['error', 'indicators[10].score'],
      ]),
      fixed('b', [
        ['warning', 'carryover.closing'],
        ['error', 'indicators[2].score'],
        ['error', 'funds.total.executed'],
      ]),
    ];
    const order = runChecks(makeContext(makeEvaluation()), { checks }).map(
      (f) => `${f.severity} ${f.location.path}`,
    );
    expect(order).toEqual([
      'error funds.total.executed',
      'error indicators[2].score',
      'error indicators[10].score',
      'warning carryover.closing',
      'info income.statedTotal',
    ]);
  });

  it('skips the codes the rule set disables and those the caller disables', () => {
    const checks = [fixed('a', [['error', 'x']]), fixed('b', [['error', 'y']]), fixed('c', [['error', 'z']])];
    const ruleSet = makeRuleSet({
      checks: { redFlagThreshold: '5', redFlagBasis: 'relative', unspentWarnPercent: '20', disabled: ['a'] },
    });
    const codes = runChecks(makeContext(makeEvaluation(), undefined, ruleSet), {
      checks,
      disabled: ['c'],
    }).map((f) => f.code);
    expect(codes).toEqual(['b']);
  });

  it('turns a check that throws into a warning naming it, and still runs the others', () => {
    const broken: Check = {
      code: 'broken',
      severity: 'error',
      title: { zh: '坏规则', en: 'broken' },
      run: () => {
        throw new RangeError('不是有效的数字：「abc」');
      },
    };
    const findings = runChecks(makeContext(makeEvaluation()), {
      checks: [broken, fixed('ok', [['info', 'x']])],
    });
    expect(findings.map((f) => [f.code, f.severity])).toEqual([
      ['check.failed', 'warning'],
      ['ok', 'info'],
    ]);
    expect(findings[0]?.message.zh).toContain('坏规则');
  });

  it('has unique, stable dotted codes in the registry', () => {
    const codes = CHECKS.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z][a-z-]*(\.[a-z][a-z-]*)+$/);
  });

  it('finds nothing on an empty evaluation', () => {
    expect(runChecks(makeContext(makeEvaluation()))).toEqual([]);
  });
});
