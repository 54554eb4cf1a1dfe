import compress from '@fastify/compress';
import type { App } from './app-types';

/**
 * Types worth compressing: text (but not event streams, which must reach the browser as they are
 * written), JSON, JavaScript and XML/SVG. Unlike the plugin's default this leaves out
 * `application/octet-stream`. Types not matched fall back to mime-db's `compressible` flag, which is false
 * for the downloads (.docx, .xlsx, .zip, .pdf: zip or deflate inside already, so compressing them again
 * costs CPU and saves nothing) but true for octet-stream: a download must name its type, as every route does.
 */
export const COMPRESSIBLE_TYPES =
  /^text\/(?!event-stream)|^application\/(?:javascript|json|xml)(?:;|$)|\+(?:json|xml)(?:;|$)/;

/**
 * Answers up to this size are compressed in one call on the event loop, larger ones through a stream. The
 * plugin's default on two cores is 8 KB, which sent the evaluation list's page (about 26 KB for 50 rows)
 * through the stream: measured in one run (scripts/bench/list-probe.ts), 1.1 ms of CPU per list against
 * 0.4 ms in one call. 128 KB holds the event loop at most about 2 ms (brotli quality 4 at ~70 MB/s).
 */
export const SYNC_COMPRESSION_BYTES = 128 * 1024;

/**
 * Brotli or gzip, as the client asks, on every answer (API JSON and the web app's files). Answers that
 * already carry a Content-Encoding (the web app's pre-compressed files) pass through untouched. Brotli
 * runs at the plugin's quality 4: quality 11 is for files compressed once at build time, not per request.
 */
async function registerCompression(app: App): Promise<void> {
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    customTypes: COMPRESSIBLE_TYPES,
    syncThreshold: SYNC_COMPRESSION_BYTES,
  });
}

/**
 * API answers carry sessions, CSRF tokens and people's figures: no cache (browser or proxy) may keep them
 * unless a route says otherwise.
 */
function noStoreOnApi(app: App): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store');
    return payload;
  });
}

/** How answers travel: compressed when the client accepts it, and never cached from the API. */
export async function registerDelivery(app: App): Promise<void> {
  await registerCompression(app);
  noStoreOnApi(app);
}
