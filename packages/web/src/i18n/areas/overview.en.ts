import type { zh } from './overview.zh';

/** English: the overview area's messages, the same keys as overview.zh.ts. */
export const en: Record<keyof typeof zh, string> = {
  'overview.title': 'Overview',
  'overview.year': 'Year',
  'overview.units': 'Units',
  'overview.avgScore': 'Average score',
  'overview.findings': 'Findings',
  'overview.gradeChart': 'Grade distribution',
  'overview.scatterChart': 'Execution rate vs self-score',
  'overview.scatterHint': 'Units at the lower right (low spending, high self-score) need attention',
  'overview.deptChart': 'Execution rate by department',
  'overview.export': 'Export to Excel',
  'overview.noData': 'No self-evaluations for this year yet.',
  'overview.axisRate': 'Execution rate (%)',
  'overview.axisScore': 'Self-score',
  'overview.count': 'Count',
  'overview.ungraded': 'Not scored',
  'overview.unscored': '{count} not scored, left out of the average and the grades',
  'overview.noDepartment': 'No department',

  'overview.yoyChart': 'Average score by department, this year vs last',
  'overview.region': 'Region',
  'overview.allRegions': 'All regions',
  'overview.counted': 'Evaluations counted',
  'overview.notCounted': '{count} more drafts or returned ones, not counted',
  'overview.noCounted':
    'No submitted self-evaluations for this year yet; drafts and returned ones are not counted.',
  'overview.department': 'Department',
  'overview.allDepartments': 'All departments',
  'overview.rank': 'Rank',
  'overview.project': 'Project',
  'overview.unitWide': 'Department as a whole',
};
