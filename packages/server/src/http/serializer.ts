import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import type { ZodType } from 'zod';

/**
 * Response schemas whose replies are built field by field by a typed function (routes/evaluation-schemas.ts:
 * `summary`, `detail`), from values that are already the schema's output (the document comes out of
 * `parseEvaluation`). Encoding such a reply with zod again only repeats that work: for one evaluation it
 * cost more than the rest of the request (0.4 ms of 0.8 ms of CPU at load), so these go to JSON.stringify.
 * Every other schema keeps zod's encoding, which also drops fields a schema does not name.
 */
const builtByHand = new WeakSet<object>();

/** Marks a response schema as built by hand (see above); returns the same schema. */
export function replyBuiltByHand<T extends ZodType>(schema: T): T {
  builtByHand.add(schema);
  return schema;
}

type RouteOfSerializer = Parameters<typeof zodSerializerCompiler>[0];

/** Fastify's serializer compiler: plain JSON for schemas built by hand, zod's encoding for the rest. */
export const serializerCompiler = (route: RouteOfSerializer): ((data: unknown) => string) => {
  const { schema } = route;
  if (typeof schema === 'object' && schema !== null && builtByHand.has(schema))
    return (data) => JSON.stringify(data);
  return zodSerializerCompiler(route);
};
