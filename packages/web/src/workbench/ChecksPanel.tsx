import { AimOutlined } from '@ant-design/icons';
import type { Finding, Severity } from '@jixiao/domain';
import { Badge, Button, Card, Collapse, Empty, Typography } from 'antd';
import { SimpleList } from '../components/SimpleList';
import { useI18n } from '../i18n/I18nProvider';
import type { FieldIssue } from './draft';
import { focusField } from './focus-field';
import '../i18n/areas/rectification';
import '../i18n/areas/scoring';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const COLOR: Record<Severity | 'entry', string> = {
  error: '#ff4d4f',
  warning: '#faad14',
  info: '#1677ff',
  entry: '#ff4d4f',
};

interface Props {
  findings: Finding[];
  issues: FieldIssue[];
  /** Labels of draft paths for form issues ("第 3 行 三级指标"). */
  labelOf: (path: string) => string;
  /** Offered to reviewers: enter the finding in the rectification ledger (整改台账). */
  onRectify?: ((finding: Finding) => void) | undefined;
}

/**
 * The engine's findings grouped by severity, plus the form's own input problems, each with a button that
 * scrolls to the field and highlights it. Errors block submission; warnings need a note.
 */
export function ChecksPanel({ findings, issues, labelOf, onRectify }: Props) {
  const { t, lang } = useI18n();
  const groups = [
    ...(issues.length > 0 ? [{ key: 'entry' as const, label: t('checks.entry'), count: issues.length }] : []),
    ...SEVERITIES.map((s) => ({
      key: s,
      label: t(`severity.${s}`),
      count: findings.filter((f) => f.severity === s).length,
    })).filter((g) => g.count > 0),
  ];
  if (groups.length === 0)
    return (
      <Card size="small" title={t('checks.title')} data-testid="checks-panel">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('checks.none')} />
      </Card>
    );
  const goTo = (path: string) => (
    <Button
      type="link"
      size="small"
      icon={<AimOutlined />}
      onClick={() => focusField(path)}
      aria-label={`${t('checks.goTo')} ${labelOf(path)}`}
    >
      {t('checks.goTo')}
    </Button>
  );
  return (
    <Card size="small" title={t('checks.title')} data-testid="checks-panel" styles={{ body: { padding: 0 } }}>
      <Collapse
        // A group that appears (input problems after a failed save) opens like the others did at first.
        key={groups.map((g) => g.key).join()}
        ghost
        size="small"
        defaultActiveKey={groups.filter((g) => g.key !== 'info').map((g) => g.key)}
        items={groups.map((g) => ({
          key: g.key,
          label: (
            <span>
              <Badge color={COLOR[g.key]} /> {t('checks.group', { label: g.label, count: g.count })}
            </span>
          ),
          children:
            g.key === 'entry' ? (
              <SimpleList
                items={issues}
                empty=""
                keyOf={(i) => i.path}
                itemProps={() => ({ 'data-severity': 'entry' })}
                render={(i) => (
                  <>
                    <Typography.Text>
                      {labelOf(i.path)}：{i.kind === 'required' ? t('common.required') : i.message[lang]}
                    </Typography.Text>
                    <div>{goTo(i.path)}</div>
                  </>
                )}
              />
            ) : (
              <SimpleList
                items={findings.filter((f) => f.severity === g.key)}
                empty=""
                keyOf={(f, n) => `${f.code}@${f.location.path}#${n}`}
                itemProps={(f) => ({ 'data-severity': f.severity, 'data-code': f.code })}
                render={(f) => (
                  <>
                    <Typography.Text>{f.message[lang]}</Typography.Text>
                    <div style={{ fontSize: 12 }} className="jx-muted">
                      {f.location.label}
                      {f.expected !== undefined && ` · ${t('checks.expected', { value: f.expected })}`}
                      {f.actual !== undefined && ` · ${t('checks.actual', { value: f.actual })}`}
                    </div>
                    {(f.location.path || onRectify) && (
                      <div>
                        {f.location.path && goTo(f.location.path)}
                        {onRectify && (
                          <Button type="link" size="small" onClick={() => onRectify(f)}>
                            {t('rect.fromFinding')}
                          </Button>
                        )}
                      </div>
                    )}
                  </>
                )}
              />
            ),
        }))}
      />
    </Card>
  );
}
