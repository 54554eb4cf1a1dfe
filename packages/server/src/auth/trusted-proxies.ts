/**
 * The proxies whose X-Forwarded-For the server believes, from JIXIAO_TRUSTED_PROXIES ("10.0.0.1,
 * 10.1.0.0/16"; also `loopback`, `private`). The old blanket JIXIAO_TRUST_PROXY=1 now means a proxy on the
 * same host (loopback) only: believing every peer let each forged header value get its own login limit.
 */
export function trustedProxiesFromEnv(env: Record<string, string | undefined>): string[] {
  const list = (env.JIXIAO_TRUSTED_PROXIES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (list.length === 0 && env.JIXIAO_TRUST_PROXY === '1') return ['loopback'];
  return list;
}
