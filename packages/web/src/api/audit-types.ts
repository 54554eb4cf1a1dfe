/** The answer of POST /api/audit (报告审核): per file, the summary read and the findings, as `jixiao check --json`. */
export type AuditSeverity = 'error' | 'warning' | 'info';
export type AuditConfidence = 'sure' | 'likely' | 'guessed';

export interface AuditEvidence {
  quote: string;
  location: { paragraph?: number; table?: number; row?: number; cell?: number; page?: number };
  /** Where the quote stands, worded in the requested language ("第3段", "表2 第4行第5列"). */
  where: string;
}

export interface AuditFindingItem {
  code: string;
  severity: AuditSeverity;
  message: string;
  location: {
    path: string;
    label: string;
    file?: string;
    quote?: string;
    sheet?: string;
    row?: number;
    column?: string;
  };
  expected?: string;
  actual?: string;
  numbers?: Record<string, string>;
  evidence: AuditEvidence[];
  recomputation: string;
  confidence: AuditConfidence;
  origin: 'text' | 'engine';
  engineCode?: string;
}

export interface AuditedFileSummary {
  unit: string | null;
  year: number | null;
  kind: 'project' | 'unitWide' | null;
  totalScore: string | null;
  grade: string | null;
  executionRate: string | null;
  counts: Record<AuditSeverity, number>;
}

export interface AuditedFile {
  name: string;
  ok: boolean;
  format?: string;
  error?: { code: string; message: string };
  summary?: AuditedFileSummary;
  findings: AuditFindingItem[];
}

export interface AuditResponse {
  files: AuditedFile[];
}
