import { MAX_NAME_LENGTH } from '@jixiao/domain';

/**
 * The lengths and patterns the administration forms allow: the server's (users/limits.ts and the route
 * schemas), so nothing typed is refused on saving. limits.test.ts holds them equal to the API's description.
 */
export const ADMIN_LIMITS = {
  usernameMin: 2,
  usernameMax: 64,
  displayNameMax: 100,
  organisationNameMax: MAX_NAME_LENGTH,
  organisationCodeMax: 50,
  regionCodeLength: 6,
} as const;

/** The characters a username may use (letters, digits and _ . @ -). */
export const USERNAME_PATTERN = /^[A-Za-z0-9_.@-]*$/;
/** 统一社会信用代码 or 单位编码: letters, digits and -. */
export const ORGANISATION_CODE_PATTERN = /^[0-9A-Za-z-]*$/;
export const REGION_CODE_PATTERN = new RegExp(`^\\d{${ADMIN_LIMITS.regionCodeLength}}$`);
