import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { App } from './app-types';

/** Where `npm run build -w @jixiao/web` puts the web app. */
export const DEFAULT_WEB_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

/** The built web app's folder when it has been built, else undefined (the server then serves the API only). */
export function builtWebRoot(root = DEFAULT_WEB_ROOT): string | undefined {
  return existsSync(join(root, 'index.html')) ? resolve(root) : undefined;
}

/** Serves the web app's files at / (the not-found handler answers other page paths with index.html). */
export async function serveWebApp(app: App, root: string): Promise<void> {
  await app.register(fastifyStatic, { root, prefix: '/', index: ['index.html'], schemaHide: true });
  app.decorate('webAppIndex', true);
}
