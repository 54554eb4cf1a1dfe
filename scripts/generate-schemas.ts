/**
 * Writes schemas/*.schema.json from the zod schemas of @jixiao/domain.
 * Usage: npx tsx scripts/generate-schemas.ts   (a test checks the committed files match)
 */
import { writeFileSync } from 'node:fs';
import { generateJsonSchemas } from '@jixiao/formats';

const schemasDir = new URL('../schemas/', import.meta.url);
for (const [name, content] of Object.entries(generateJsonSchemas())) {
  writeFileSync(new URL(name, schemasDir), content);
  console.log(`已写入 schemas/${name}`);
}
