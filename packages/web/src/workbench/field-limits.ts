import { MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '@jixiao/domain';

/** Fields the schema bounds as names or labels (domain model/evaluation.ts); every other text is prose. */
const NAME_FIELD =
  /(^|\.)(name|code|department|unit|implementingUnit|preparedBy|reportDate|level1|level2|grade)$/;

/** The input's maxLength for a text field at `path`: the schema's own limit, so nothing typed is refused later. */
export function textMaxLength(path: string): number {
  return NAME_FIELD.test(path) ? MAX_NAME_LENGTH : MAX_TEXT_LENGTH;
}

/** Digits the schema accepts, plus room for a sign, the point and thousands separators typed or pasted. */
export const DECIMAL_MAX_LENGTH = MAX_INTEGER_DIGITS + MAX_FRACTION_DIGITS + 8;
