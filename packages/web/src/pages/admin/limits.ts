import { maxLengthOf } from '../../api/limits';

/**
 * The lengths and patterns the administration forms allow: the server's, so nothing typed is refused on
 * saving. Maximum lengths come from the route schemas (api/limits.ts); the username's bounds, which the
 * API states as a pattern the description does not carry, and the region code's fixed length are the
 * server's users/limits.ts and organisation schema, held equal by limits.test.ts.
 */
export const ADMIN_LIMITS = {
  usernameMin: 2,
  usernameMax: 64,
  displayNameMax: maxLengthOf('POST /api/users', 'displayName'),
  organisationNameMax: maxLengthOf('POST /api/organisations', 'name'),
  organisationCodeMax: maxLengthOf('POST /api/organisations', 'code'),
  regionCodeLength: 6,
} as const;

/** The characters a username may use (letters, digits and _ . @ -). */
export const USERNAME_PATTERN = /^[A-Za-z0-9_.@-]*$/;
/** 统一社会信用代码 or 单位编码: letters, digits and -. */
export const ORGANISATION_CODE_PATTERN = /^[0-9A-Za-z-]*$/;
export const REGION_CODE_PATTERN = new RegExp(`^\\d{${ADMIN_LIMITS.regionCodeLength}}$`);
