import { chromium } from 'playwright-core';

/** Debian's Chromium, with the flags it needs in a container without a display or GPU. */
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
];

export interface WireResponse {
  url: string;
  /** Bytes received for it: headers plus the body as sent (compressed when it was). */
  encodedBytes: number;
  /** The body once decoded, as the page uses it. */
  decodedBytes: number;
  contentEncoding: string;
}

/**
 * Opens `url` in a fresh Chromium (empty cache) and records every response the page loads until the
 * network has been idle, from the DevTools protocol: Network.loadingFinished's encodedDataLength is what
 * crossed the wire, the sum of Network.dataReceived's dataLength what it decoded to.
 */
export async function loadOverTheWire(url: string, ready: string): Promise<WireResponse[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const seen = new Map<string, WireResponse>();
    const finished: WireResponse[] = [];
    cdp.on('Network.responseReceived', (e) => {
      const headers = Object.fromEntries(
        Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]),
      );
      seen.set(e.requestId, {
        url: e.response.url,
        encodedBytes: 0,
        decodedBytes: 0,
        contentEncoding: String(headers['content-encoding'] ?? ''),
      });
    });
    cdp.on('Network.dataReceived', (e) => {
      const r = seen.get(e.requestId);
      if (r) r.decodedBytes += e.dataLength;
    });
    cdp.on('Network.loadingFinished', (e) => {
      const r = seen.get(e.requestId);
      if (!r) return;
      r.encodedBytes = e.encodedDataLength;
      finished.push(r);
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.locator(ready).waitFor();
    return finished;
  } finally {
    await browser.close();
  }
}
