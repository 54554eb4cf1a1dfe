import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { App } from './app-types';

/** Where `npm run build -w @jixiao/web` puts the web app. */
export const DEFAULT_WEB_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

/** The built web app's folder when it has been built, else undefined (the server then serves the API only). */
export function builtWebRoot(root = DEFAULT_WEB_ROOT): string | undefined {
  return existsSync(join(root, 'index.html')) ? resolve(root) : undefined;
}

/** A year, the longest lifetime HTTP caches honour. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Kept, but asked again each time (a 304 when unchanged), so a new release is seen on the next load. */
export const REVALIDATE = 'no-cache';

/**
 * Vite writes every built chunk, stylesheet and image to assets/ with a content hash in its name
 * (index-BqRdSRSR.js): a changed file gets a new name, so the old one can be cached for good. Anything
 * else (index.html, files copied from public/) keeps its name across releases and must be revalidated.
 * `file` may be the pre-compressed copy (x.js.br), which lives exactly as long as the file it compresses.
 */
export function cacheControlFor(root: string, file: string): string {
  const path = relative(root, file).split(sep);
  const name = basename(file).replace(/\.(?:br|gz)$/, '');
  const hashed = path.length === 2 && path[0] === 'assets' && /-[\w-]{8,}\.\w+$/.test(name);
  return hashed ? IMMUTABLE : REVALIDATE;
}

/**
 * Serves the web app's files at / (the not-found handler answers other page paths with index.html, which
 * goes through the same setHeaders and so is revalidated too). `preCompressed` serves the .br/.gz files
 * the web build writes beside each file, compressed once at the highest level.
 */
export async function serveWebApp(app: App, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    index: ['index.html'],
    schemaHide: true,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, file) => {
      const cacheControl = cacheControlFor(root, file);
      reply.header('cache-control', cacheControl);
      // A file kept for a year is never revalidated, so its validators are bytes on every first load.
      if (cacheControl === IMMUTABLE) reply.removeHeader('etag').removeHeader('last-modified');
    },
  });
  app.decorate('webAppIndex', true);
}
