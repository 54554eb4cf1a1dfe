import type { Mirror } from './define';
import type { zh } from './zh';

/** The domain's sentences in English: the same keys and parameters as zh.ts. */
export const en = {
  'where.file': (p) => `file "${p.file}"`,
  'where.sheet': (p) => `sheet "${p.sheet}"`,
  'where.row': (p) => `row ${p.row}`,
  'where.column': (p) => `column ${p.column}`,
  'where.separator': () => ', ',
  'where.issue': (p) => `${p.where}: ${p.message}`,

  'evaluation.invalid': (p) => `the evaluation data has ${plural(p.count, 'problem')}`,
  'evaluation.invalidInFile': (p) =>
    `the evaluation data in file "${p.file}" has ${plural(p.count, 'problem')}`,
  'evaluation.projectNameRequired': () => 'a project expenditure self-evaluation must name its project',
  'evaluation.whole': () => 'the evaluation data (as a whole)',
  'evaluation.item': (p) => `${p.label} ${p.item} ${p.n}${p.name ? ` ("${p.name}")` : ''}`,
  'evaluation.field': (p) => `${p.parent} "${p.field}"`,
  'evaluation.path': (p) => `${p.parent} › ${p.child}`,
  'declaration.invalid': (p) => `the target declaration has ${plural(p.count, 'problem')}`,
  'declaration.invalidInFile': (p) =>
    `the target declaration in file "${p.file}" has ${plural(p.count, 'problem')}`,
  'declaration.projectNameRequired': () => 'a project target declaration must name its project',
  'declaration.whole': () => 'the target declaration (as a whole)',
  'rectification.invalid': (p) => `the rectification item has ${p.count} problems`,
  'rectification.whole': () => 'rectification item (as a whole)',
  'declaration.adjustmentRefused': (p) =>
    `the target adjustment has ${plural(p.count, 'problem')}; nothing was adjusted`,
  'declaration.noSuchIndicator': (p) => `there is no indicator ${p.n} (the declaration has ${p.count})`,
  'declaration.evaluationSource': (p) => `built from the ${p.year} target declaration`,
  'declaration.evaluationSourceWithMonitoring': (p) =>
    `built from the ${p.year} target declaration, beside the monitoring of January to month ${p.month}`,
  'declaration.adjustmentReasonMissing': () => 'an adjusted target needs the reason for the adjustment',
  'value.missing': () => 'must be filled in',
  'value.numberAsString': () => 'put the number in quotes, e.g. "1209.56" (so that no decimal is lost)',
  'value.wrongType': (p) => `must be ${p.type}`,
  'value.oneOf': (p) => `choose one of: ${p.values}`,
  'value.unknownFields': (p) => `unknown fields: ${p.keys}`,
  'value.notDecimal': () => 'must be a number, e.g. 1209.56',
  'value.decimalTooLong': () => 'number too long: at most 20 digits before the point and 15 after',
  'value.nameTooLong': () => 'too long: at most 200 characters',
  'value.textTooLong': () => 'too long: at most 20,000 characters',
  'value.negative': () => 'cannot be negative',
  'value.notInteger': () => 'must be a whole number',
  'value.notPositive': () => 'must be greater than 0 (delete the row of an indicator that is not scored)',
  'value.empty': () => 'cannot be empty',
  'value.badDate': () => 'must be a date written year-month-day, e.g. 2026-12-01',
  'value.tooShort': (p) => `at least ${p.min} characters`,
  'value.tooLong': (p) => `at most ${p.max} characters`,
  'value.tooSmall': (p) => `cannot be less than ${p.min}`,
  'value.tooBig': (p) => `cannot be more than ${p.max}`,
  'value.greaterThan': (p) => `must be greater than ${p.min}`,
  'value.lessThan': (p) => `must be less than ${p.max}`,
  'value.tooFew': (p) => `fill in at least ${p.min} items`,
  'value.tooMany': (p) => `fill in at most ${p.max} items`,
  'value.badFormat': () => 'not in the expected form; follow the example',
  'value.notMultiple': (p) => `must be a multiple of ${p.step}`,
  'value.invalid': () => 'not valid; check this entry',
  'year.notInteger': () => 'the year must be a whole number',
  'year.tooEarly': () => 'the year cannot be before 2000',
  'year.tooLate': () => 'the year cannot be after 2100',
  'ruleSet.badBlockKey': () => 'a block key may use only letters, digits, - and _',
  'ruleSet.badId': () => 'a rule set id may use only lower-case letters, digits and -',
  'ruleSet.badReviewChain': () =>
    'a review chain has at least one step, in the order sign → departmentReview → financeReview, each at most once',
  'type.string': () => 'text',
  'type.number': () => 'a number',
  'type.int': () => 'a whole number',
  'type.boolean': () => '"yes" or "no"',
  'type.object': () => 'a group of entries (not a single value)',
  'type.array': () => 'a list of items',
  'list.separator': () => ', ',

  'draft.requested': () => 'a draft was asked for',
  'draft.sectionMissing': (p) => `the section “${p.section}” is not written yet`,
  'draft.executionMissing': () =>
    'the execution rate lacks the budget or the executed amount and cannot be scored',
  'draft.noIndicators': () => 'no performance indicators are filled in yet',
  'draft.unscored': (p) =>
    `${plural(p.count, 'indicator')} ${p.count === 1 ? 'lacks' : 'lack'} the data needed to score ${p.count === 1 ? 'it' : 'them'}`,
  'draft.errors': (p) => `the checks found ${plural(p.count, 'error')} not yet corrected`,

  'score.unscored': () => 'not scored',
  'score.unscored.noIndicators': () => 'no performance indicators are filled in, so no total can be computed',
  'score.unscored.noIndicatorData': () =>
    'no performance indicator has the data needed to score it, so no total can be computed',
  'score.noGrade': () => 'no grade',
  'score.stated': (p) =>
    `the unit's report states a self-evaluation score of ${p.total} (as stated, not computed here)`,
  'score.statedWithGrade': (p) =>
    `the unit's report states a self-evaluation score of ${p.total} and the grade “${p.grade}” (as stated, not computed here)`,
  'score.statedGrade': (p) =>
    `the unit's report states the grade “${p.grade}” (as stated, not computed here)`,

  'ruleSet.unknown': (p) => `there is no rule set named "${p.id}". Available rule sets: ${p.known}`,
  'ruleSet.knownIds': (p) => `available rule set ids: ${p.ids}`,
  'ruleSet.label': () => 'rule set',
  'ruleSet.custom': () => 'custom rule set',
  'ruleSet.builtin': (p) => `built-in rule set ${p.id}`,
  'ruleSet.invalid': (p) => `the rule set "${p.source}" has ${plural(p.count, 'error')}`,
  'ruleSet.field': (p) => `rule set field ${p.path} (${p.named})`,
  'ruleSet.whole': () => 'the rule set',
  'ruleSet.item': (p) => `item ${p.n}`,
  'ruleSet.unknownFields': (p) => `unknown fields: ${p.keys} (check the spelling, or delete them)`,
  'ruleSet.missingField': () => 'this field is missing',
  'ruleSet.weightsTotal': (p) =>
    `execution weight ${p.exec} + indicator weight ${p.indicators} = ${p.sum}, should equal the total ${p.total}`,
  'ruleSet.blockWeightMissing': () => 'the other indicator blocks have a weight, so this one needs one too',
  'ruleSet.blockWeightsSum': (p) =>
    `the block weights ${p.terms} = ${p.sum}, should equal the indicator weight ${p.indicators}`,
  'ruleSet.partsNeedWeight': (p) => `"${p.block}" is split into parts, so it must state its own weight`,
  'ruleSet.partWeightsSum': (p) =>
    `the part weights of "${p.block}" ${p.terms} = ${p.sum}, should equal the block weight ${p.weight}`,
  'ruleSet.onePartWildcard': () => 'at most one part may use "*" to match the remaining indicators',
  'ruleSet.duplicateBlock': (p) => `block key "${p.key}" appears twice`,
  'ruleSet.oneBlockWildcard': () =>
    'at most one indicator block may use "*" to match the remaining indicators',
  'ruleSet.gradeMinRange': (p) =>
    `the lower bound ${p.min} of "${p.grade}" should be between 0 and the total ${p.total}`,
  'ruleSet.gradeOverlap': (p) =>
    `"${p.grade}" and "${p.other}" both start at ${p.min}: the grade bands overlap`,
  'ruleSet.duplicateGrade': (p) => `grade "${p.key}" appears twice`,
  'ruleSet.lowestGrade': (p) =>
    `the lowest grade starts at ${p.lowest}; it should start at 0, or 0 to ${p.lowest} points have no grade`,
  'ruleSet.tiersOnce': () => 'the tiers met, partly met and not met must each appear once',
  'ruleSet.tierRange': (p) =>
    `tier range [${p.min}, ${p.max}] should lie between 0 and 1 (a share of the weight)`,
  'ruleSet.tierOrder': (p) => `tier lower bound ${p.min} should be below its upper bound ${p.max}`,
  'ruleSet.tierStart': (p) => `the lowest tier should start at 0, not ${p.min}: 0 to ${p.min} has no tier`,
  'ruleSet.tierGap': (p) => `there is a gap between tiers ${p.from} and ${p.to}`,
  'ruleSet.tierOverlap': (p) =>
    `tier lower bound ${p.min} is below the previous upper bound ${p.max}: they overlap`,
  'ruleSet.tierTwice': (p) =>
    `${p.value} belongs to two tiers: the next one includes it, so this upper bound must exclude it (maxInclusive: false)`,
  'ruleSet.tierEnd': () =>
    'the highest tier should end at 1 (full marks) and include it (maxInclusive: true)',
  'ruleSet.resultsGradeUnknown': (p) => `grade "${p.grade}" is not a grade of this rule set`,
  'ruleSet.resultsGradeTwice': (p) => `grade "${p.grade}" has two rules without a score band; keep one`,
  'ruleSet.resultsGradeMissing': (p) =>
    `grade "${p.grade}" has no results-application rule (one without a score band is needed)`,
  'ruleSet.resultsBandOrder': (p) => `the lowest score ${p.min} should be below the upper bound ${p.below}`,
  'ruleSet.resultsBandOverlap': (p) =>
    `the score band of grade "${p.grade}" overlaps the band of rule ${p.other}`,
  'ruleSet.resultsChangeRange': (p) => `the budget change ${p.value}% should lie between −100% and 100%`,
  'library.invalid': (p) => `the indicator-library entry has ${plural(p.count, 'problem')}`,
  'library.entry': () => 'indicator-library entry',
  'library.badId': () =>
    'the id may use only lower-case letters, digits, hyphens and dots, e.g. output.quantity.kepu-activities',
  'library.noCategory': () => 'choose at least one category',
  'library.notInTaxonomy': () =>
    'this level-2 indicator does not belong to the level-1 one (output, benefit, satisfaction, cost)',
  'library.quantitativeNeedsComparator': () => 'a quantitative indicator needs ≥, ≤ or =',
  'library.quantitativeNeedsUnit': () => 'a quantitative indicator needs a unit',
  'library.qualitativeComparator': () => 'a qualitative indicator takes the comparator "qualitative"',
} satisfies Mirror<typeof zh>;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
