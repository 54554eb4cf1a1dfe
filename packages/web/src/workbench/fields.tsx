import { CommentOutlined } from '@ant-design/icons';
import { Input, Select } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { getAt } from '../lib/json-path';
import { normaliseDecimalInput } from './draft';
import { DECIMAL_MAX_LENGTH, textMaxLength } from './field-limits';
import { useWorkbench } from './WorkbenchContext';

/**
 * Inputs bound to a path of the draft. Each carries `data-path` (so findings can point at it) and
 * shows its issue in place. Numbers are kept as decimal strings exactly as typed after normalising.
 */
function useFieldState(path: string) {
  const { draft, setField, readOnly, issueAt, showRequired, commentsAt } = useWorkbench();
  const { t, lang } = useI18n();
  const raw = getAt(draft, path);
  const value = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '';
  const issue = issueAt(path);
  const visible = issue && (issue.kind === 'invalid' || showRequired) ? issue : undefined;
  const message = visible
    ? visible.kind === 'required'
      ? t('common.required')
      : visible.message[lang]
    : undefined;
  const comments = commentsAt?.(path) ?? [];
  return { value, setField, readOnly, message, comments };
}

function withIssue(
  message: string | undefined,
  node: ReactNode,
  comments: readonly string[] = [],
): ReactNode {
  if (!message && comments.length === 0) return node;
  return (
    <>
      {node}
      {message && (
        <div role="alert" style={{ color: '#ff4d4f', fontSize: 12, lineHeight: '18px' }}>
          {message}
        </div>
      )}
      {comments.map((c) => (
        <div
          key={c}
          className="jx-field-comment"
          style={{ color: '#d46b08', fontSize: 12, lineHeight: '18px' }}
        >
          <CommentOutlined /> {c}
        </div>
      ))}
    </>
  );
}

/**
 * Read-only, every field looks the same: antd's filled input holding the text (a select shows its option's
 * label), at full contrast and selectable, never the greyed disabled look some fields had and others not.
 */
export function ReadOnlyValue({
  value,
  ariaLabel,
  className,
  suffix,
}: {
  value: string;
  ariaLabel: string;
  className?: string;
  suffix?: string;
}) {
  return (
    <Input
      className={className}
      value={value}
      aria-label={ariaLabel}
      aria-readonly
      readOnly
      variant="filled"
      title={value || undefined}
      suffix={suffix}
    />
  );
}

interface FieldProps {
  path: string;
  placeholder?: string;
  style?: CSSProperties;
  ariaLabel: string;
}

export function TextField({ path, placeholder, style, ariaLabel }: FieldProps) {
  const { value, setField, readOnly, message, comments } = useFieldState(path);
  return (
    <div data-path={path} style={style}>
      {withIssue(
        message,
        readOnly ? (
          <ReadOnlyValue value={value} ariaLabel={ariaLabel} />
        ) : (
          <Input
            value={value}
            maxLength={textMaxLength(path)}
            placeholder={placeholder}
            aria-label={ariaLabel}
            title={value || undefined}
            status={message ? 'error' : undefined}
            onChange={(e) => setField(path, e.target.value)}
          />
        ),
        comments,
      )}
    </div>
  );
}

export function DecimalField({
  path,
  placeholder,
  style,
  ariaLabel,
  suffix,
}: FieldProps & { suffix?: string }) {
  const { value, setField, readOnly, message, comments } = useFieldState(path);
  return (
    <div data-path={path} style={style}>
      {withIssue(
        message,
        readOnly ? (
          <ReadOnlyValue className="jx-num" value={value} ariaLabel={ariaLabel} suffix={suffix} />
        ) : (
          <Input
            className="jx-num"
            inputMode="decimal"
            value={value}
            maxLength={DECIMAL_MAX_LENGTH}
            placeholder={placeholder}
            aria-label={ariaLabel}
            suffix={suffix}
            status={message ? 'error' : undefined}
            onChange={(e) => setField(path, normaliseDecimalInput(e.target.value))}
          />
        ),
        comments,
      )}
    </div>
  );
}

export function CountField({ path, style, ariaLabel }: FieldProps) {
  const { value, setField, readOnly, message } = useFieldState(path);
  return (
    <div data-path={path} style={style}>
      {readOnly ? (
        <ReadOnlyValue className="jx-num" value={value} ariaLabel={ariaLabel} />
      ) : (
        <Input
          className="jx-num"
          inputMode="numeric"
          value={value}
          aria-label={ariaLabel}
          status={message ? 'error' : undefined}
          onChange={(e) => {
            const s = normaliseDecimalInput(e.target.value);
            // Counts (人数, 辆) are whole numbers and travel as JSON integers.
            setField(path, /^\d{1,9}$/.test(s) ? Number(s) : s === '' ? undefined : s);
          }}
        />
      )}
    </div>
  );
}

export function TextAreaField({ path, placeholder, ariaLabel, rows = 3 }: FieldProps & { rows?: number }) {
  const { value, setField, readOnly, message } = useFieldState(path);
  return (
    <div data-path={path}>
      <Input.TextArea
        value={value}
        maxLength={textMaxLength(path)}
        placeholder={placeholder}
        aria-label={ariaLabel}
        readOnly={readOnly}
        variant={readOnly ? 'filled' : undefined}
        aria-readonly={readOnly || undefined}
        autoSize={{ minRows: rows, maxRows: 16 }}
        status={message ? 'error' : undefined}
        onChange={(e) => setField(path, e.target.value)}
      />
      {message && <div style={{ color: '#ff4d4f', fontSize: 12 }}>{message}</div>}
    </div>
  );
}

export function SelectField<V extends string>({
  path,
  options,
  ariaLabel,
  style,
  allowClear,
}: FieldProps & { options: { value: V; label: string }[]; allowClear?: boolean }) {
  const { value, setField, readOnly } = useFieldState(path);
  if (readOnly) {
    return (
      <div data-path={path} style={style}>
        <ReadOnlyValue value={options.find((o) => o.value === value)?.label ?? value} ariaLabel={ariaLabel} />
      </div>
    );
  }
  return (
    <div data-path={path} style={style}>
      <Select<V>
        value={(value || undefined) as V | undefined}
        options={options}
        aria-label={ariaLabel}
        allowClear={allowClear}
        style={{ width: '100%' }}
        onChange={(v) => setField(path, v ?? undefined)}
      />
    </div>
  );
}
