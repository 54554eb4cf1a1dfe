import type { Role } from '@jixiao/domain';

/** The five roles are the domain's (`ROLES`); a user holds each role at one organisation and below. */
export { ROLE_ORGANISATION_KIND, ROLES, type Role } from '@jixiao/domain';

export const ROLE_LABEL: Record<Role, string> = {
  preparer: '单位填报人',
  unitApprover: '单位负责人',
  departmentReviewer: '主管部门审核人',
  financeReviewer: '财政局审核人',
  admin: '系统管理员',
};
