import { describe, expect, it } from 'vitest';
import { trustedProxiesFromEnv } from './trusted-proxies';

describe('the proxies whose X-Forwarded-For is believed', () => {
  it.each([
    [{}, []],
    [{ JIXIAO_TRUSTED_PROXIES: '10.0.0.5' }, ['10.0.0.5']],
    [{ JIXIAO_TRUSTED_PROXIES: ' 10.0.0.5 , 10.1.0.0/16,,' }, ['10.0.0.5', '10.1.0.0/16']],
    [{ JIXIAO_TRUST_PROXY: '1' }, ['loopback']],
    [{ JIXIAO_TRUST_PROXY: '1', JIXIAO_TRUSTED_PROXIES: '10.0.0.5' }, ['10.0.0.5']],
    [{ JIXIAO_TRUST_PROXY: '0' }, []],
  ])('%j → %j', (env, expected) => {
    expect(trustedProxiesFromEnv(env)).toEqual(expected);
  });
});
