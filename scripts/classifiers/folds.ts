import type { Item } from './corpus.js';

/** mulberry32: a small seeded PRNG, so the folds are the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The fold of each item. Stratified by each item's rarest move (items with no move form their own
 * group), so every move has positives in every training set; shuffled within a group by the seed,
 * then dealt round-robin with one running counter so the folds stay the same size.
 */
export function assignFolds(items: readonly Item[], k: number, seed: number): number[] {
  const freq = new Map<string, number>();
  for (const item of items) for (const m of item.moves) freq.set(m, (freq.get(m) ?? 0) + 1);
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    const rarest =
      [...item.moves].sort((a, b) => (freq.get(a) ?? 0) - (freq.get(b) ?? 0) || a.localeCompare(b))[0] ??
      '(none)';
    groups.set(rarest, [...(groups.get(rarest) ?? []), i]);
  });
  const rng = seeded(seed);
  const fold = new Array<number>(items.length).fill(0);
  let next = 0;
  for (const key of [...groups.keys()].sort()) {
    const members = groups.get(key) ?? [];
    // Fisher–Yates with the seeded generator.
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [members[i], members[j]] = [members[j]!, members[i]!];
    }
    for (const i of members) fold[i] = next++ % k;
  }
  return fold;
}

/**
 * The fold of each group (a transcript, a conversation), so no conversation is split between
 * training and held-out items: groups in sorted order, shuffled by the seed, dealt round-robin.
 */
export function assignGroupFolds(groups: readonly string[], k: number, seed: number): Map<string, number> {
  const order = [...new Set(groups)].sort();
  const rng = seeded(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return new Map(order.map((g, i) => [g, i % k]));
}
