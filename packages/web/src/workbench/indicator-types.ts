import type { EvaluationInput } from '@jixiao/domain';

/** One indicator row as the form holds it (the input side of the domain's indicator schema). */
export type IndicatorInput = NonNullable<EvaluationInput['indicators']>[number];
export type Comparator = NonNullable<IndicatorInput['target']>['comparator'];
