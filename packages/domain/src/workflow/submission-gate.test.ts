import { describe, expect, it } from 'vitest';
import type { Finding } from '../checks/finding';
import { gateSubmission } from './submission-gate';

const finding = (code: string, severity: Finding['severity'], path: string): Finding => ({
  code,
  severity,
  message: { zh: code, en: code },
  location: { path, label: path },
});

const ERROR = finding('income.parts-mismatch', 'error', 'income');
const WARN_A = finding('flag.red', 'warning', 'indicators[2].actual');
const WARN_B = finding('flag.red', 'warning', 'indicators[5].actual');
const INFO = finding('rounding.only', 'info', 'funds');

describe('gateSubmission', () => {
  it('lists every error, whatever the notes', () => {
    const gate = gateSubmission([ERROR, INFO], [{ code: ERROR.code, path: 'income', note: '已核实' }]);
    expect(gate.errors).toEqual([ERROR]);
    expect(gate.unacknowledged).toEqual([]);
  });

  it('matches a note to a warning by code and path together', () => {
    const gate = gateSubmission(
      [WARN_A, WARN_B],
      [{ code: 'flag.red', path: 'indicators[2].actual', note: '受政策调整影响' }],
    );
    expect(gate.unacknowledged).toEqual([WARN_B]);
  });

  it('treats a blank note as no note', () => {
    const gate = gateSubmission([WARN_A], [{ code: 'flag.red', path: 'indicators[2].actual', note: '  ' }]);
    expect(gate.unacknowledged).toEqual([WARN_A]);
    expect(gate.kept).toEqual([]);
  });

  it('keeps only the notes that answer a current warning', () => {
    const onA = { code: 'flag.red', path: 'indicators[2].actual', note: '已说明' };
    const stale = { code: 'flag.red', path: 'indicators[9].actual', note: '旧警告' };
    const onInfo = { code: 'rounding.only', path: 'funds', note: '提示不需说明' };
    const gate = gateSubmission([WARN_A, INFO], [onA, stale, onInfo]);
    expect(gate).toEqual({ errors: [], unacknowledged: [], kept: [onA] });
  });

  it('passes an evaluation with no findings and no notes', () => {
    expect(gateSubmission([], [])).toEqual({ errors: [], unacknowledged: [], kept: [] });
  });
});
