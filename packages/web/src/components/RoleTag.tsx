import { Tag } from 'antd';
import type { RoleGrant } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { roleText } from './role-text';

/** One role the user holds, with the organisation it is held at (none for a system-wide administrator). */
export function RoleTag({ grant }: { grant: RoleGrant }) {
  const { t } = useI18n();
  return <Tag style={{ marginInlineEnd: 0 }}>{roleText(t, grant)}</Tag>;
}
