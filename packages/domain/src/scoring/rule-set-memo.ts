import type { RuleSet } from '../rules/rule-set';

/**
 * A cache of what follows from a rule set alone (or with a label or weight), so that scoring a
 * province's results works it out once instead of once per row. Rule sets are not changed after
 * loading; a new rule-set object starts a new cache. Each cache is emptied when it reaches `limit`
 * entries, so unusual labels or weights cannot grow it without bound.
 */
export function ruleSetMemo<V>(limit = 1_000): (ruleSet: RuleSet, key: string, compute: () => V) => V {
  // Boxed, so that a cached undefined (no block matches) is told apart from a miss.
  const caches = new WeakMap<RuleSet, Map<string, { value: V }>>();
  return (ruleSet, key, compute) => {
    let cache = caches.get(ruleSet);
    if (!cache) {
      cache = new Map();
      caches.set(ruleSet, cache);
    }
    const hit = cache.get(key);
    if (hit) return hit.value;
    const value = compute();
    if (cache.size >= limit) cache.clear();
    cache.set(key, { value });
    return value;
  };
}

/** One value worked out from a rule set alone (its parsed figures), once per rule-set object. */
export function ruleSetOnce<V>(compute: (ruleSet: RuleSet) => V): (ruleSet: RuleSet) => V {
  const values = new WeakMap<RuleSet, V>();
  return (ruleSet) => {
    let value = values.get(ruleSet);
    if (value === undefined) {
      value = compute(ruleSet);
      values.set(ruleSet, value);
    }
    return value;
  };
}
