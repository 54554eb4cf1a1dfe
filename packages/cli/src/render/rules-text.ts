import { dec, formatPercent, type Lang, type RuleSet, ruleSetText } from '@jixiao/domain';
import { KIND_MESSAGE, punctuation, type Translate } from '../i18n';
import { plain } from './format';
import { renderTable } from './text-table';

const TIER_LABEL = {
  met: { zh: '达成年度指标', en: 'met' },
  partlyMet: { zh: '部分达成年度指标并具有一定效果', en: 'partly met' },
  notMet: { zh: '未达成年度指标且效果较差', en: 'not met' },
} as const;

export function renderRuleSetList(ruleSets: readonly RuleSet[], lang: Lang, t: Translate): string {
  const p = punctuation(lang);
  const rows = ruleSets.map((r) => [
    r.id,
    ruleSetText(r, lang).name,
    r.version,
    r.kinds.map((k) => t(KIND_MESSAGE[k])).join(p.list),
  ]);
  return `${renderTable(
    [
      { header: t('rules.id') },
      { header: t('rules.title') },
      { header: t('rules.version') },
      { header: t('rules.kinds') },
    ],
    rows,
    0,
  )}\n`;
}

/** Everything a reviewer needs to redo the arithmetic by hand, in the order a score is computed. */
export function renderRuleSet(r: RuleSet, lang: Lang, t: Translate): string {
  const p = punctuation(lang);
  const percent = (fraction: string) => formatPercent(dec(fraction).times(100));
  const words = ruleSetText(r, lang);
  // The words a rule matches in documents are quoted in English: they are Chinese text to look for.
  const quoted = (x: string) => (lang === 'zh' ? x : `“${x}”`);
  const matchText = (m: readonly string[]) =>
    m.map((x) => (x === '*' ? t('rules.matchesAny') : quoted(x))).join(p.list);
  const out: string[] = [];
  out.push(`${words.name}${p.paren(`${r.id}${p.comma}${t('rules.version')} ${r.version}`)}`);
  out.push(`  ${t('rules.kinds')}${p.colon}${r.kinds.map((k) => t(KIND_MESSAGE[k])).join(p.list)}`);
  out.push(`  ${t('rules.about')}${p.colon}${words.description}`);
  out.push(`  ${t('rules.source')}${p.colon}${words.source}`);
  out.push('', `${t('rules.totalWeight')}${p.colon}${plain(dec(r.totalWeight))}`);
  out.push(
    t('rules.execution', {
      weight: plain(dec(r.execution.weight)),
      denominator: t(`score.denominator.${r.execution.denominator}`),
      from: t(`rules.execution.${r.execution.scoreFrom}`),
    }),
  );
  out.push(t('rules.indicatorWeight', { weight: plain(dec(r.indicatorWeight)) }));

  out.push('', t('rules.blocks'));
  const rows: string[][] = [];
  for (const b of r.blocks) {
    rows.push([
      words.label(b.label),
      b.weight === undefined ? '—' : plain(dec(b.weight)),
      matchText(b.matches),
    ]);
    for (const part of b.parts ?? [])
      rows.push([
        `  ${t('rules.parts')}${p.colon}${words.label(part.label)}`,
        plain(dec(part.weight)),
        matchText(part.matches),
      ]);
  }
  out.push(
    renderTable(
      [
        { header: t('score.block') },
        { header: t('score.weight'), align: 'right' },
        { header: t('rules.matches') },
      ],
      rows,
    ),
  );

  out.push('', t('rules.scoring'));
  out.push(`  ${t('rules.scoring.higher')}`);
  out.push(`  ${t(`rules.scoring.lower.${r.scoring.lowerIsBetter}`)}`);
  out.push(`  ${t(`rules.scoring.equal.${r.scoring.equal}`)}`);
  if (r.scoring.useScoreCoefficient) out.push(`  ${t('rules.scoring.coefficient')}`);
  out.push(`  ${t('rules.scoring.overAchievement', { ratio: r.scoring.overAchievementRatio })}`);
  out.push(`  ${t('rules.scoring.tiers')}${p.colon.trim()}`);
  for (const band of r.scoring.qualitativeTiers) {
    const upper = band.maxInclusive ? '≤' : '<';
    out.push(
      `    ${TIER_LABEL[band.tier][lang]}${p.colon}${percent(band.min)} × W ≤ ${lang === 'zh' ? '得分' : 'score'} ${upper} ${percent(band.max)} × W`,
    );
  }

  out.push(
    '',
    t('rules.rounding', {
      mode: t(`rules.rounding.${r.rounding.mode}`),
      scorePlaces: r.rounding.scorePlaces,
      ratePlaces: r.rounding.ratePlaces,
    }),
  );

  out.push('', t('rules.grades'));
  // Bands are half-open: from a band's min (inclusive) up to the next higher band's min (exclusive).
  const byMin = [...r.grades].sort((a, b) => dec(b.min).comparedTo(dec(a.min)));
  byMin.forEach((g, i) => {
    const higher = byMin[i - 1];
    const upper = higher ? `< ${higher.min}` : `≤ ${plain(dec(r.totalWeight))}`;
    const aliases = g.aliases.length > 0 ? p.paren(g.aliases.map(quoted).join(p.list)) : '';
    out.push(`  ${t('rules.grade.band', { label: words.label(g.label), min: g.min, upper })}${aliases}`);
  });

  out.push(
    '',
    t('rules.checks', {
      threshold:
        r.checks.redFlagBasis === 'points'
          ? r.checks.redFlagThreshold
          : formatPercent(r.checks.redFlagThreshold),
      basis: t(`rules.checks.${r.checks.redFlagBasis}`),
      unspent: r.checks.unspentWarnPercent,
    }),
  );
  if (r.checks.disabled.length > 0)
    out.push(t('rules.checks.disabled', { codes: r.checks.disabled.join(p.list) }));
  return `${out.join('\n')}\n`;
}
