import {
  COMPARATOR_LABEL,
  COMPARATORS,
  type Comparator,
  LIBRARY_CATEGORIES,
  LIBRARY_CATEGORY_KEYS,
  LIBRARY_FIELD_LABEL,
  LIBRARY_FIELDS,
  LIBRARY_LEVEL1,
  LIBRARY_TAXONOMY,
  type LibraryCategory,
  type LibraryLevel1,
  VALUE_BASES,
  type ValueBasis,
} from '@jixiao/domain';
import { App, Form, Input, Select, Switch } from 'antd';
import { maxLengthOf } from '../../../api/limits';
import { type LibraryItem, libraryApi } from '../../../components/indicator-picker/library-api';
import { useI18n } from '../../../i18n/I18nProvider';
import { SaveDialog } from '../SaveDialog';
import { useFormSave } from '../use-form-save';
import '../../../i18n/areas/admin';

interface Values {
  id?: string;
  level1: LibraryLevel1;
  level2: string;
  name: string;
  categories: LibraryCategory[];
  comparator: Comparator;
  unit?: string;
  basis?: ValueBasis;
  quantitative: boolean;
  guidance: string;
  example?: string;
  source?: string;
}
/** Every field but 状态 (retired and restored by their own buttons). */
const FIELDS = LIBRARY_FIELDS.filter((f) => f !== 'retired');
const NAME_MAX = maxLengthOf('POST /api/indicator-library', 'name');
const TEXT_MAX = maxLengthOf('POST /api/indicator-library', 'guidance');

/** Blank optional fields are left out, not sent as empty text. */
function cleaned(values: Values) {
  const blank = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);
  return {
    ...values,
    id: blank(values.id),
    unit: blank(values.unit),
    example: blank(values.example),
    source: blank(values.source),
  };
}

/** Add (no `item`) or edit an entry; the id is fixed once made, the version checked on saving. */
export function EntryDialog({
  item,
  onClose,
  onSaved,
}: {
  item?: LibraryItem;
  onClose: () => void;
  onSaved: (item: LibraryItem) => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, unplaced, save } = useFormSave(form, FIELDS);
  const level1 = Form.useWatch('level1', form);
  const label = (field: keyof typeof LIBRARY_FIELD_LABEL) => LIBRARY_FIELD_LABEL[field][lang];
  const initial: Partial<Values> = item
    ? { ...item, level1: item.level1 as LibraryLevel1, comparator: item.comparator ?? 'qualitative' }
    : {
        level1: '产出指标',
        level2: '数量指标',
        categories: ['general'],
        comparator: '>=',
        quantitative: true,
        basis: 'plan',
      };
  const level2Options: readonly string[] = LIBRARY_TAXONOMY[level1 ?? initial.level1 ?? '产出指标'] ?? [];

  return (
    <SaveDialog
      title={item ? t('admin.library.editTitle', { name: item.name }) : t('admin.library.add')}
      busy={busy}
      unplaced={unplaced}
      width={640}
      onClose={onClose}
      onSave={() =>
        save(async (values) => {
          const { id, ...body } = cleaned(values);
          const saved = item
            ? await libraryApi.change(item.id, item.version, body)
            : await libraryApi.add({ ...body, ...(id ? { id } : {}) });
          message.success(t('admin.library.saved', { name: saved.name }));
          onSaved(saved);
        })
      }
    >
      <Form<Values> form={form} layout="vertical" initialValues={initial} data-testid="library-entry-form">
        <Form.Item name="id" label={label('id')} extra={item ? undefined : t('admin.library.idHint')}>
          <Input disabled={item !== undefined} maxLength={120} />
        </Form.Item>
        <Form.Item name="level1" label={label('level1')} rules={[{ required: true }]}>
          <Select
            options={LIBRARY_LEVEL1.map((l) => ({ value: l, label: l }))}
            onChange={(value: LibraryLevel1) => form.setFieldValue('level2', LIBRARY_TAXONOMY[value][0])}
          />
        </Form.Item>
        <Form.Item name="level2" label={label('level2')} rules={[{ required: true }]}>
          <Select options={level2Options.map((l) => ({ value: l, label: l }))} />
        </Form.Item>
        <Form.Item name="name" label={label('name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={NAME_MAX} />
        </Form.Item>
        <Form.Item name="categories" label={label('categories')} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            options={LIBRARY_CATEGORY_KEYS.map((k) => ({ value: k, label: LIBRARY_CATEGORIES[k][lang] }))}
          />
        </Form.Item>
        <Form.Item name="quantitative" label={label('quantitative')} valuePropName="checked">
          <Switch
            onChange={(on) => form.setFieldValue('comparator', on ? '>=' : 'qualitative')}
            checkedChildren={t('library.yes')}
            unCheckedChildren={t('library.no')}
          />
        </Form.Item>
        <Form.Item name="comparator" label={label('comparator')}>
          <Select
            options={COMPARATORS.map((c) => ({
              value: c,
              label: c === 'qualitative' ? t('library.qualitative') : COMPARATOR_LABEL[c],
            }))}
          />
        </Form.Item>
        <Form.Item name="unit" label={label('unit')}>
          <Input maxLength={NAME_MAX} />
        </Form.Item>
        <Form.Item name="basis" label={label('basis')}>
          <Select
            allowClear
            options={VALUE_BASES.map((b) => ({ value: b, label: t(`library.basis.${b}`) }))}
          />
        </Form.Item>
        <Form.Item name="guidance" label={label('guidance')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={TEXT_MAX} />
        </Form.Item>
        <Form.Item name="example" label={label('example')}>
          <Input maxLength={NAME_MAX} />
        </Form.Item>
        <Form.Item name="source" label={label('source')}>
          <Input maxLength={NAME_MAX} />
        </Form.Item>
      </Form>
    </SaveDialog>
  );
}
