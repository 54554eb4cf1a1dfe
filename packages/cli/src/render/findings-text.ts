import {
  describeLocation,
  type Finding,
  type Lang,
  type Location,
  locationLabel,
  SEVERITY_LABEL,
  type Severity,
} from '@jixiao/domain';
import { punctuation, type Translate } from '../i18n';

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
const SEVERITY_MARK: Record<Severity, string> = { error: '✖', warning: '▲', info: '•' };

/** Findings grouped by severity (errors first), each with where it is and the figures involved. */
export function renderFindings(findings: readonly Finding[], lang: Lang, t: Translate): string {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const p = punctuation(lang);
  const lines = [
    `${t('findings.heading')}${p.paren(t('findings.summary', { error: count('error'), warning: count('warning'), info: count('info') }))}`,
  ];
  if (findings.length === 0) {
    lines.push(`  ${t('findings.none')}`);
    return lines.join('\n');
  }
  for (const severity of SEVERITY_ORDER) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    const label = SEVERITY_LABEL[severity][lang];
    lines.push('', `${label.charAt(0).toUpperCase()}${label.slice(1)}${p.paren(String(group.length))}`);
    for (const f of group) lines.push(...renderFinding(f, lang, t));
  }
  return lines.join('\n');
}

function renderFinding(f: Finding, lang: Lang, t: Translate): string[] {
  const p = punctuation(lang);
  const lines = [`  ${SEVERITY_MARK[f.severity]} ${f.message[lang]}  [${f.code}]`];
  const where = describeLocation(locationIn(f.location, lang), lang);
  if (where) lines.push(`    ${t('findings.where')}${p.colon}${where}`);
  const compare = [
    f.expected === undefined ? '' : `${t('findings.expected')} ${f.expected}`,
    f.actual === undefined ? '' : `${t('findings.actual')} ${f.actual}`,
  ].filter(Boolean);
  if (compare.length > 0) lines.push(`    ${compare.join(p.comma)}`);
  if (f.numbers && Object.keys(f.numbers).length > 0) {
    const figures = Object.entries(f.numbers).map(([k, v]) => `${k} = ${v}`);
    lines.push(`    ${t('findings.numbers')}${p.colon}${figures.join(lang === 'zh' ? '；' : '; ')}`);
  }
  return lines;
}

/** A check names its place in Chinese; the English label is worded from the field path. */
function locationIn(location: Location, lang: Lang): Location {
  return { ...location, label: locationLabel(location)[lang] };
}
