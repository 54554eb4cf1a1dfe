import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n/messages.zh';
import { BasicSection } from '../../workbench/sections/BasicSection';
import { BreakdownSection } from '../../workbench/sections/BreakdownSection';
import { FundsSection } from '../../workbench/sections/FundsSection';
import { GoalsSection } from '../../workbench/sections/GoalsSection';
import { IndicatorGrid } from '../../workbench/sections/IndicatorGrid';
import { NarrativeSection } from '../../workbench/sections/NarrativeSection';
import { RuleSetSection } from '../../workbench/sections/RuleSetSection';
import { ThreePublicSection } from '../../workbench/sections/ThreePublicSection';
import '../../i18n/areas/workbench';

export interface WorkbenchSection {
  key: string;
  title: MessageKey;
  render: () => ReactNode;
  unitWideOnly?: boolean;
}

/** Sections in the order of the official form. */
const SECTIONS: WorkbenchSection[] = [
  { key: 'basic', title: 'wb.section.basic', render: () => <BasicSection /> },
  { key: 'funds', title: 'wb.section.funds', render: () => <FundsSection /> },
  { key: 'breakdown', title: 'wb.section.breakdown', render: () => <BreakdownSection />, unitWideOnly: true },
  {
    key: 'three-public',
    title: 'wb.section.threePublic',
    render: () => <ThreePublicSection />,
    unitWideOnly: true,
  },
  { key: 'goals', title: 'wb.section.goals', render: () => <GoalsSection /> },
  { key: 'indicators', title: 'wb.section.indicators', render: () => <IndicatorGrid /> },
  { key: 'narrative', title: 'wb.section.narrative', render: () => <NarrativeSection /> },
  { key: 'rule-set', title: 'wb.section.ruleSet', render: () => <RuleSetSection /> },
];

/** The sections an evaluation of this kind has (breakdowns and 三公经费 only for unit-wide ones). */
export const sectionsFor = (kind: 'project' | 'unitWide'): WorkbenchSection[] =>
  SECTIONS.filter((s) => !s.unitWideOnly || kind === 'unitWide');
