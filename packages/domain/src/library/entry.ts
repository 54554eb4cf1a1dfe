import { z } from 'zod';
import { COMPARATORS, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../model/evaluation';
import { VALUE_BASES } from '../model/target-declaration';
import { normaliseWording } from '../wording/characters';
import { LIBRARY_CATEGORY_KEYS } from './categories';
import { inLibraryTaxonomy } from './taxonomy';

/**
 * One entry of the indicator library (指标库): a 三级 indicator a preparer can take into a declaration,
 * with the comparator, unit and value basis it usually carries and guidance on how to write its value.
 * The id is stable ("output.quantity.kepu-activities"): declarations keep it as `libraryId`, so an entry
 * is retired, never deleted or renamed to another id.
 */

const name = z.string().trim().min(1, 'value.empty').max(MAX_NAME_LENGTH, 'value.nameTooLong');
const label = z.string().trim().max(MAX_NAME_LENGTH, 'value.nameTooLong');
const prose = z.string().trim().max(MAX_TEXT_LENGTH, 'value.textTooLong');

/** Lower-case words joined by dots and hyphens; at most 120 characters. */
export const LIBRARY_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
export const MAX_LIBRARY_ID_LENGTH = 120;

export const libraryIdSchema = z
  .string()
  .trim()
  .min(1, 'value.empty')
  .max(MAX_LIBRARY_ID_LENGTH, 'value.nameTooLong')
  .regex(LIBRARY_ID_PATTERN, 'library.badId');

/** The entry's fields without the checks across fields (for schemas that extend it, such as API rows). */
export const indicatorLibraryEntryShape = z.object({
  id: libraryIdSchema,
  level1: name,
  level2: name,
  name,
  categories: z.array(z.enum(LIBRARY_CATEGORY_KEYS)).min(1, 'library.noCategory'),
  comparator: z.enum(COMPARATORS).optional(),
  unit: label.optional(),
  basis: z.enum(VALUE_BASES).optional(),
  quantitative: z.boolean(),
  /** How to write the value ("写明次数，如 ≥12次"). */
  guidance: z.string().trim().min(1, 'value.empty').max(MAX_TEXT_LENGTH, 'value.textTooLong'),
  example: label.optional(),
  /** Where the entry comes from (a document, a region's list). */
  source: prose.optional(),
  retired: z.boolean().optional(),
});

export const indicatorLibraryEntrySchema = indicatorLibraryEntryShape.superRefine((entry, ctx) => {
  if (!inLibraryTaxonomy(entry.level1, entry.level2)) {
    ctx.addIssue({ code: 'custom', path: ['level2'], message: 'library.notInTaxonomy' });
  }
  if (entry.quantitative && (entry.comparator === undefined || entry.comparator === 'qualitative')) {
    ctx.addIssue({ code: 'custom', path: ['comparator'], message: 'library.quantitativeNeedsComparator' });
  }
  if (entry.quantitative && !entry.unit) {
    ctx.addIssue({ code: 'custom', path: ['unit'], message: 'library.quantitativeNeedsUnit' });
  }
  if (!entry.quantitative && entry.comparator !== undefined && entry.comparator !== 'qualitative') {
    ctx.addIssue({ code: 'custom', path: ['comparator'], message: 'library.qualitativeComparator' });
  }
});

/**
 * A stable id for an entry made without one (a row typed in a workbook, an entry added on screen): the
 * same 一级/二级/名称 always give the same id, so importing a sheet twice adds nothing twice.
 */
export function customLibraryId(level1: string, level2: string, name: string): string {
  let hash = 0x811c9dc5;
  for (const ch of normaliseWording(`${level1}|${level2}|${name}`)) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `custom.${hash.toString(16).padStart(8, '0')}`;
}

export type IndicatorLibraryEntry = z.infer<typeof indicatorLibraryEntrySchema>;
export type IndicatorLibraryEntryInput = z.input<typeof indicatorLibraryEntrySchema>;
