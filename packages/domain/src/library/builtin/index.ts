import type { IndicatorLibraryEntry } from '../entry';
import { parseLibraryEntry } from '../parse';
import agriculture from './agriculture.json';
import culture from './culture.json';
import education from './education.json';
import general from './general.json';
import health from './health.json';
import infrastructure from './infrastructure.json';
import popularScience from './popularScience.json';
import sciTech from './sciTech.json';
import socialSecurity from './socialSecurity.json';
import staffAndOperations from './staffAndOperations.json';

/**
 * The starting indicator library: entries written for jixiao along the 共性指标 framework (88号 and
 * 101号), one data file per category (an entry may also list other categories). Generic wording, not
 * any report's text. A server keeps this as its base and stores what a finance bureau adds or changes.
 */
const FILES: readonly unknown[][] = [
  general,
  staffAndOperations,
  popularScience,
  sciTech,
  education,
  health,
  agriculture,
  infrastructure,
  culture,
  socialSecurity,
];

export const BUILTIN_INDICATOR_LIBRARY: readonly IndicatorLibraryEntry[] = Object.freeze(
  FILES.flat().map((row) => Object.freeze(parseLibraryEntry(row, { file: 'builtin' }))),
);
