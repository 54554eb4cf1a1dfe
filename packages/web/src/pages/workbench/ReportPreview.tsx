import {
  buildReport,
  dateInChina,
  type Evaluation,
  type EvaluationOutcome,
  type RuleSet,
} from '@jixiao/domain';
import { Alert, Drawer, Table, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import '../../i18n/areas/workbench';

/**
 * The report previewed in the browser from the same document model the .docx writer renders
 * (`buildReport`), so what is seen here is what is downloaded. Figures show their source on hover.
 */
export function ReportPreview({
  evaluation,
  outcome,
  ruleSet,
  onClose,
}: {
  evaluation: Evaluation;
  outcome: EvaluationOutcome;
  ruleSet: RuleSet;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const doc = useMemo(
    () =>
      buildReport(evaluation, outcome.result, ruleSet, outcome.findings, {
        issuedOn: dateInChina(new Date()),
      }),
    [evaluation, outcome, ruleSet],
  );
  return (
    <Drawer open title={t('wb.preview')} onClose={onClose} size={860}>
      <article
        data-testid="report-preview"
        style={{
          fontFamily: "'FangSong', 'STFangsong', 'Noto Serif CJK SC', serif",
          fontSize: 16,
          lineHeight: 1.9,
        }}
      >
        {doc.draft && (
          <Alert
            type="warning"
            showIcon
            title={doc.draftReasons.map((r) => r.text[lang]).join(lang === 'zh' ? '；' : '; ')}
            style={{ marginBottom: 12 }}
          />
        )}
        <Typography.Title level={3} style={{ textAlign: 'center' }}>
          {doc.title}
        </Typography.Title>
        {doc.blocks.map((b, i) => {
          const key = `${b.type}-${i}`;
          switch (b.type) {
            case 'heading':
              return (
                <Typography.Title key={key} level={b.level === 1 ? 4 : 5} style={{ marginTop: 12 }}>
                  {b.number}
                  {b.text}
                </Typography.Title>
              );
            case 'paragraph':
              return (
                <p key={key} style={{ textIndent: '2em', margin: '4px 0' }}>
                  {b.sentence.figures.length > 0 ? (
                    <Tooltip title={b.sentence.figures.map((f) => `${f.value}：${f.source}`).join('；')}>
                      <span>{b.sentence.text}</span>
                    </Tooltip>
                  ) : (
                    b.sentence.text
                  )}
                </p>
              );
            case 'todo':
              return (
                <p key={key} style={{ textIndent: '2em', color: '#d46b08' }}>
                  {b.text}
                </p>
              );
            case 'table':
              return (
                <div key={key} style={{ margin: '8px 0' }}>
                  {b.caption && <div style={{ textAlign: 'center' }}>{b.caption}</div>}
                  <Table
                    size="small"
                    bordered
                    pagination={false}
                    rowKey={(_, r) => String(r)}
                    columns={b.columns.map((c, ci) => ({
                      title: c.label,
                      key: String(ci),
                      render: (_: unknown, row: { cells: (typeof b.rows)[number] }) =>
                        row.cells[ci]?.text ?? '',
                    }))}
                    dataSource={b.rows.map((cells) => ({ cells }))}
                  />
                </div>
              );
            case 'attachmentNote':
              return (
                <p key={key} style={{ textIndent: '2em', marginTop: 16 }}>
                  {b.label}：{b.items.join('；')}
                </p>
              );
            case 'signature':
              return (
                <div key={key} style={{ textAlign: 'right', marginTop: 16, paddingRight: '4em' }}>
                  <div>{b.signer}</div>
                  {b.date && <div>{b.date}</div>}
                </div>
              );
            case 'annex':
              return (
                <div key={key} style={{ marginTop: 24 }}>
                  <div>{b.label}</div>
                  <Typography.Title level={4} style={{ textAlign: 'center' }}>
                    {b.title}
                  </Typography.Title>
                </div>
              );
            default:
              return null;
          }
        })}
      </article>
    </Drawer>
  );
}
