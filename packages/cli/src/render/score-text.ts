import {
  dec,
  domainMessage,
  type Evaluation,
  type Finding,
  formatPercent,
  type Lang,
  printsExecutionScore,
  type RuleSet,
  ruleSetText,
  type ScoreResult,
  statedScoreMessage,
} from '@jixiao/domain';
import { KIND_MESSAGE, punctuation, type Translate } from '../i18n';
import { scoreNotes } from '../notes';
import { renderFindings } from './findings-text';
import { plain, scoreText } from './format';
import { renderTable } from './text-table';

/** What both renderings of a score (text and JSON) are made from. */
export interface ScoreRenderInput {
  file: string;
  evaluation: Evaluation;
  ruleSet: RuleSet;
  result: ScoreResult;
  findings: readonly Finding[];
  lang: Lang;
  t: Translate;
}

/** The score as a person reads it: header, execution, indicators with how each was scored, blocks, total. */
export function renderScore(input: ScoreRenderInput): string {
  const { file, evaluation, ruleSet, result, findings, lang, t } = input;
  const money = t(evaluation.amountUnit === 'yuan' ? 'unit.yuan' : 'unit.wanYuan');
  const p = punctuation(lang);
  const words = ruleSetText(ruleSet, lang);
  const out: string[] = [];

  out.push(
    `${t('score.heading')}${p.colon}${evaluation.unit.name}${evaluation.project ? ` · ${evaluation.project.name}` : ''}`,
  );
  out.push(
    `  ${t('score.year')}${p.colon}${evaluation.fiscalYear}${p.gap}${t(KIND_MESSAGE[evaluation.kind])}`,
  );
  out.push(`  ${t('score.file')}${p.colon}${file}`);
  out.push(
    `  ${t('score.ruleSet')}${p.colon}${result.ruleSet.id}${p.paren(`${words.name}${p.comma}${result.ruleSet.version}`)}`,
  );

  const ex = result.execution;
  out.push('', `${t('score.execution')}`);
  out.push(
    renderTable(
      [
        { header: `${t(`score.denominator.${ex.denominatorField}`)}${p.paren(money)}`, align: 'right' },
        { header: `${t('score.executed')}${p.paren(money)}`, align: 'right' },
        { header: t('score.executionRate'), align: 'right' },
        { header: t('score.weight'), align: 'right' },
        { header: t('score.score'), align: 'right' },
        { header: t('score.basis') },
      ],
      [
        [
          ex.budget === undefined ? '—' : plain(ex.budget),
          ex.executed === undefined ? '—' : plain(ex.executed),
          ex.ratePercent === undefined
            ? '—'
            : formatPercent(ex.ratePercent, ruleSet.rounding.ratePlaces, ruleSet.rounding.mode),
          plain(ex.weight),
          // Without a total, the rule's 0 for missing data is no score to print.
          printsExecutionScore(result) ? scoreText(ex.score, ruleSet) : '—',
          t(`score.basis.${ex.basis}`),
        ],
      ],
    ),
  );
  out.push(`  ${t('score.explanation')}${p.colon}${ex.explanation[lang]}`);

  out.push('', t('score.indicators'));
  if (result.indicators.length === 0) {
    out.push(`  ${t('score.noIndicators')}`);
  } else {
    const rows: string[][] = [];
    for (const ind of result.indicators) {
      rows.push([
        String(ind.index + 1),
        ind.level2 ? `${ind.level1} / ${ind.level2}` : ind.level1,
        ind.name,
        plain(ind.weight),
        scoreText(ind.score, ruleSet),
        t(`score.basis.${ind.basis}`),
      ]);
    }
    out.push(
      renderTable(
        [
          { header: '#', align: 'right' },
          { header: t('score.level1') },
          { header: t('score.name') },
          { header: t('score.weight'), align: 'right' },
          { header: t('score.score'), align: 'right' },
          { header: t('score.basis') },
        ],
        rows,
      ),
    );
    out.push('', `  ${t('score.explanation')}${p.colon.trim()}`);
    for (const ind of result.indicators)
      out.push(`  ${ind.index + 1}. ${ind.name}${p.colon}${ind.explanation[lang]}`);
  }

  // Blocks without a row score nothing; without a total they would only print 0.00.
  const blocks = result.scored ? result.blocks : result.blocks.filter((b) => b.indicatorCount > 0);
  if (blocks.length > 0) {
    out.push('', t('score.blocks'));
    out.push(
      renderTable(
        [
          { header: t('score.block') },
          { header: t('score.weight'), align: 'right' },
          { header: t('score.indicatorCount'), align: 'right' },
          { header: t('score.score'), align: 'right' },
        ],
        blocks.map((b) => [
          words.label(b.label),
          plain(b.weight ?? b.indicatorWeight),
          String(b.indicatorCount),
          scoreText(b.score, ruleSet),
        ]),
      ),
    );
  }

  out.push('', totalLine(input));
  out.push(`  ${result.explanation[lang]}`);
  const stated = statedScoreMessage(evaluation.stated);
  if (stated) out.push(`  ${stated.text[lang]}`);
  for (const note of scoreNotes(evaluation, ruleSet, t)) out.push(`  ${t('score.note')}${p.colon}${note}`);
  out.push('', renderFindings(findings, lang, t));
  return `${out.join('\n')}\n`;
}

/** "总分：94.24 / 100　等级：优", or "总分：未评分　等级：不评定等级" when there is no total (scoring/scored.ts). */
function totalLine({ ruleSet, result, lang, t }: ScoreRenderInput): string {
  const p = punctuation(lang);
  const words = ruleSetText(ruleSet, lang);
  const total = result.scored
    ? `${scoreText(result.totalScore, ruleSet)} / ${plain(dec(ruleSet.totalWeight))}`
    : domainMessage('score.unscored').text[lang];
  const grade = result.grade ? words.label(result.grade.label) : domainMessage('score.noGrade').text[lang];
  return `${t('score.total')}${p.colon}${total}${p.gap}${t('score.grade')}${p.colon}${grade}`;
}
