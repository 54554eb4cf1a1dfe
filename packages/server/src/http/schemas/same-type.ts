/**
 * True when A and B are the same type. A schema that restates a domain type is checked with
 * `true satisfies Same<z.output<typeof schema>, DomainType>`, which stops compiling when the two part.
 */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
