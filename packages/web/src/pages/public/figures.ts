import { formatAmount, formatMissing, formatNumber, formatPercent } from '@jixiao/domain';
import type { T } from '../../i18n/I18nProvider';
import type { PublicSummary } from './public-api';
import '../../i18n/areas/publication';

/** The public figures as the screen style prints them (domain format; "—" where a figure is missing). */
export function publicFigures(t: T, p: PublicSummary) {
  const missing = formatMissing('screen');
  return {
    score:
      p.score === null ? (p.kind === 'evaluation' ? t('pub.unscored') : missing) : formatNumber(p.score, 2),
    grade: p.gradeWord ?? missing,
    budget: p.budgetWanYuan === null ? missing : formatAmount(p.budgetWanYuan, 'screen'),
    executed: p.executedWanYuan === null ? missing : formatAmount(p.executedWanYuan, 'screen'),
    executionRate: p.executionRate === null ? missing : formatPercent(p.executionRate, 2),
    findings: t('pub.findingsText', {
      errors: p.findings.errors,
      warnings: p.findings.warnings,
      infos: p.findings.infos,
    }),
  };
}
