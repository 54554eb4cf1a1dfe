/**
 * The form usernames are compared in: NFKC (full-width ａｄｍｉｎ is admin) and lower case (Admin is admin).
 * Stored in users.username_key under a unique index, and used to look an account up at login.
 */
export function usernameKey(username: string): string {
  return username.normalize('NFKC').toLowerCase();
}
