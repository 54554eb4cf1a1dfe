import { MAX_NAME_LENGTH } from '@jixiao/domain';

/**
 * The lengths the account and organisation routes accept, one home: the route schemas refuse past them,
 * their messages quote them, and the web forms' maxLength equal them (a web test holds the two equal).
 */
export const ACCOUNT_LIMITS = {
  usernameMin: 2,
  usernameMax: 64,
  displayNameMax: 100,
  /** Organisation names are names like any other the domain bounds. */
  organisationNameMax: MAX_NAME_LENGTH,
  /** 统一社会信用代码 (18) or a local 单位编码, with room to spare. */
  organisationCodeMax: 50,
  /** 财政区划代码: six digits. */
  regionCodeLength: 6,
} as const;
