import fc from 'fast-check';

// Property tests explore new random cases on every developer run; CI uses one fixed seed so that a
// submission's result is reproducible (FC_SEED overrides either, e.g. to replay a reported failure).
const seed = process.env.FC_SEED ?? (process.env.CI ? '20261123' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
