import type { RoleGrant } from '../api/types';
import type { MessageKey } from '../i18n/messages.zh';
import type { Params } from '../i18n/translate';
import '../i18n/areas/home';

type Translate = (key: MessageKey, params?: Params) => string;

/** "单位填报人（西城区科协）", or the role alone when it is held at no organisation or its name is unknown. */
export function roleText(t: Translate, grant: Pick<RoleGrant, 'role' | 'organisationName'>): string {
  const role = t(`role.${grant.role}`);
  return grant.organisationName ? t('home.rolesAt', { role, org: grant.organisationName }) : role;
}
