import type { T } from '../../i18n/I18nProvider';
import { sectionOfPath } from '../../workbench/comment-targets';
import { fieldLabel } from '../../workbench/field-label';
import { sectionsFor } from './sections';

/**
 * Words for a place in the evaluation, for the conflict and draft dialogs: the field's own label where
 * there is one, else the title of the section it is in (a list such as 年度总体目标 merged as a whole),
 * never the path itself.
 */
export function placeLabel(path: string, t: T): string {
  const label = fieldLabel(path, t);
  if (label !== path) return label;
  const section = sectionsFor('unitWide').find((s) => s.key === sectionOfPath(path));
  return section ? t(section.title) : label;
}
