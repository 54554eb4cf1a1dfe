import { NARRATIVE_SECTIONS, type NarrativeSection as Section } from '@jixiao/domain';
import { Collapse, Typography } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { TextAreaField } from '../fields';
import { useWorkbench } from '../WorkbenchContext';
import '../../i18n/areas/workbench';

/** Sections of the report the unit writes; the data-written ones (figures) come from the engine instead. */
const FOR_KIND: Record<'project' | 'unitWide', readonly Section[]> = {
  project: NARRATIVE_SECTIONS.filter((s) => s !== 'organisation'),
  unitWide: NARRATIVE_SECTIONS.filter((s) => s !== 'projectOverview'),
};

export function NarrativeSection() {
  const { t } = useI18n();
  const { draft } = useWorkbench();
  const sections = FOR_KIND[draft.kind];
  const filled = sections.filter((s) => (draft.narrative?.[s] ?? '').trim() !== '');
  return (
    <div data-path="narrative">
      <Typography.Paragraph type="secondary">{t('wb.narr.hint')}</Typography.Paragraph>
      <Collapse
        size="small"
        defaultActiveKey={filled.length > 0 ? filled : sections.slice(0, 1)}
        items={sections.map((s) => ({
          key: s,
          label: t(`narr.${s}`),
          forceRender: true,
          children: <TextAreaField path={`narrative.${s}`} ariaLabel={t(`narr.${s}`)} rows={4} />,
        }))}
      />
    </div>
  );
}
