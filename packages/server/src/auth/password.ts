import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { Message } from '@jixiao/domain';
import { serverMessage as m } from '../messages';
import { COMMON_PASSWORDS } from './common-passwords';

/**
 * Password hashes with scrypt (memory-hard, in node:crypto, no native addon):
 * "scrypt$N$r$p$salt$hash" so the cost can rise later without breaking stored hashes.
 */
const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const MAX_MEM = 128 * 1024 * 1024;

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { N: n, r, p, maxmem: MAX_MEM }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, R, P);
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), Number(n), Number(r), Number(p));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A random password a person can type: 16 characters without look-alikes (0/O, 1/l/I). */
export function randomPassword(length = 16): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(length);
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out;
}

/** Lengths of the password rules: a mixed password, or a longer passphrase of any characters. */
export const MIN_LENGTH = 12;
export const MIN_PASSPHRASE_LENGTH = 16;
const MIN_CLASSES = 3;
/** A passphrase still needs this many different characters: sixteen spaces are no passphrase. */
const MIN_DISTINCT = 5;

const CLASSES = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u];

/** The form passwords are compared in: NFKC (as they are hashed), lower case for the common list. */
const folded = (password: string) => password.normalize('NFKC').toLowerCase();

/**
 * The rules for a password people choose: at least 12 characters of three classes (lower, upper, digits,
 * other), or a passphrase of at least 16; never one of the common passwords. Lengths count characters, not
 * UTF-16 units, after NFKC (as hashed).
 */
export function passwordProblem(password: string): Message | undefined {
  const normal = password.normalize('NFKC');
  const chars = [...normal];
  if (COMMON_PASSWORDS.has(folded(password))) return m('password.common');
  if (chars.length >= MIN_PASSPHRASE_LENGTH) {
    return new Set(chars).size >= MIN_DISTINCT && normal.trim() !== ''
      ? undefined
      : m('password.tooRepetitive', { distinct: MIN_DISTINCT });
  }
  if (chars.length < MIN_LENGTH) {
    return m('password.tooShort', { min: MIN_LENGTH, passphrase: MIN_PASSPHRASE_LENGTH });
  }
  const classes = CLASSES.filter((c) => c.test(normal)).length;
  if (classes < MIN_CLASSES) {
    return m('password.tooFewClasses', { classes: MIN_CLASSES, passphrase: MIN_PASSPHRASE_LENGTH });
  }
  return undefined;
}
