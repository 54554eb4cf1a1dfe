import { defineConfig } from 'drizzle-kit';

/** `npm run db:generate -w @jixiao/server` writes SQL migrations to ./drizzle; they are committed and applied at start. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './drizzle',
});
