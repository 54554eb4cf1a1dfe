import { Alert, Form, Input } from 'antd';
import { api } from '../../../api/endpoints';
import type { Organisation, OrganisationKind } from '../../../api/types';
import { useI18n } from '../../../i18n/I18nProvider';
import { ADMIN_LIMITS as L, ORGANISATION_CODE_PATTERN, REGION_CODE_PATTERN } from '../limits';
import { SaveDialog } from '../SaveDialog';
import { useFormSave } from '../use-form-save';
import '../../../i18n/areas/admin';

interface Fields {
  name: string;
  code?: string;
  regionCode?: string;
}

/** New (a bureau, or a child of `parent`) or an existing organisation to rename / re-code. */
export type OrganisationEdit =
  | { mode: 'create'; kind: OrganisationKind; parent?: Organisation }
  | { mode: 'edit'; organisation: Organisation };

const FIELDS = ['name', 'code', 'regionCode'] as const;

/**
 * Creating or editing one organisation: 名称, 代码 (统一社会信用代码 or 单位编码) and, for a 财政局, its
 * 财政区划 (departments and units take their bureau's). Limits are the server's; refusals land on the field.
 */
export function OrganisationDialog({
  edit,
  onClose,
  onSaved,
}: {
  edit: OrganisationEdit;
  onClose: () => void;
  onSaved: (saved: Organisation) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Fields>();
  const { busy, unplaced, save } = useFormSave(form, FIELDS);
  const kind = edit.mode === 'create' ? edit.kind : edit.organisation.kind;
  const kindLabel = t(`admin.orgs.kind.${kind}`);
  const title =
    edit.mode === 'edit'
      ? t('admin.orgs.dialogEdit', { name: edit.organisation.name })
      : edit.parent
        ? t('admin.orgs.dialogCreateUnder', { parent: edit.parent.name, kind: kindLabel })
        : t('admin.orgs.dialogCreate', { kind: kindLabel });
  const inheritedRegion = edit.mode === 'create' ? edit.parent?.regionCode : undefined;
  const initial: Fields =
    edit.mode === 'edit'
      ? {
          name: edit.organisation.name,
          code: edit.organisation.code ?? '',
          regionCode: edit.organisation.regionCode ?? '',
        }
      : { name: '', code: '', regionCode: '' };

  const onOk = () =>
    save(async (v) => {
      const code = v.code?.trim() ?? '';
      const regionCode = kind === 'financeBureau' && v.regionCode ? { regionCode: v.regionCode } : {};
      const saved =
        edit.mode === 'edit'
          ? await api.updateOrganisation(edit.organisation.id, {
              version: edit.organisation.version,
              name: v.name,
              code,
              ...regionCode,
            })
          : await api.createOrganisation({
              kind,
              name: v.name,
              ...(code ? { code } : {}),
              ...(edit.parent ? { parentId: edit.parent.id } : {}),
              ...regionCode,
            });
      onSaved(saved);
    });

  return (
    <SaveDialog title={title} busy={busy} unplaced={unplaced} onSave={onOk} onClose={onClose}>
      <Form<Fields> form={form} layout="vertical" initialValues={initial}>
        <Form.Item
          label={t('admin.orgs.name')}
          name="name"
          rules={[
            {
              required: true,
              whitespace: true,
              max: L.organisationNameMax,
              message: t('admin.orgs.nameRule', { max: L.organisationNameMax }),
            },
          ]}
        >
          <Input id="org-name" maxLength={L.organisationNameMax} autoFocus />
        </Form.Item>
        <Form.Item
          label={t('admin.orgs.code')}
          name="code"
          extra={t('admin.orgs.codeHint')}
          rules={[
            {
              max: L.organisationCodeMax,
              pattern: ORGANISATION_CODE_PATTERN,
              message: t('admin.orgs.codeRule', { max: L.organisationCodeMax }),
            },
          ]}
        >
          <Input id="org-code" maxLength={L.organisationCodeMax} />
        </Form.Item>
        {kind === 'financeBureau' ? (
          <Form.Item
            label={t('admin.orgs.regionCode')}
            name="regionCode"
            extra={t('admin.orgs.regionHint')}
            rules={[{ required: true, pattern: REGION_CODE_PATTERN, message: t('admin.orgs.regionRule') }]}
          >
            <Input id="org-region" maxLength={L.regionCodeLength} inputMode="numeric" />
          </Form.Item>
        ) : (
          inheritedRegion && (
            <Alert type="info" title={t('admin.orgs.regionInherited', { code: inheritedRegion })} />
          )
        )}
      </Form>
    </SaveDialog>
  );
}
