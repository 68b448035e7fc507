import { scoreGroup } from './group-score.ts';
import type { MatchModel } from './model.ts';
import { compatible } from './model-queries.ts';
import { openGroup, unusedCaseOf, type SearchState } from './search-state.ts';

/** How many unassigned candidates of a bucket a new group chooses from. */
const CANDIDATES = 16;

/**
 * The group size the constructive phase aims at: one above the minimum, so that a group that
 * loses a member to a decline still meets the minimum, and there is room both to absorb a
 * straggler and to donate. Aiming at the minimum scores higher (the per-group goals are then
 * shared by more groups: +5 % soft part at 10 000 people) but leaves every group one decline
 * away from falling apart; the objective should not buy its score with that.
 */
export function targetSize(model: MatchModel): number {
  return Math.min(model.maxSize, model.minSize + 1);
}

/**
 * Constructive start: the longest-waiting unassigned person opens a group in the bucket
 * (topic, slot) of theirs with the most unassigned people, preferring a topic on which they
 * have a ready case; the group is filled greedily with the best-scoring compatible
 * candidates among the next longest-waiting people of that bucket.
 */
export function construct(state: SearchState): void {
  const { model } = state;
  const { slotCount, bucketStart, bucketPersons } = model;
  const bucketCount = model.topicCount * slotCount;
  const unassigned = new Int32Array(bucketCount);
  for (let b = 0; b < bucketCount; b++) unassigned[b] = bucketStart[b + 1]! - bucketStart[b]!;
  const cursor = bucketStart.slice(0, bucketCount);
  const target = targetSize(model);

  const claim = (p: number): void => {
    for (let ti = model.topicStart[p]!; ti < model.topicStart[p + 1]!; ti++) {
      const t = model.topicOf[ti]!;
      for (let si = model.slotStart[p]!; si < model.slotStart[p + 1]!; si++) {
        unassigned[t * slotCount + model.slotOf[si]!]!--;
      }
    }
  };

  for (const p of model.order) {
    if (state.personGroup[p] !== -1) continue;
    for (const bucket of rankedBuckets(state, p, unassigned)) {
      while (
        cursor[bucket]! < bucketStart[bucket + 1]! &&
        state.personGroup[bucketPersons[cursor[bucket]!]!] !== -1
      ) {
        cursor[bucket]!++;
      }
      const members = fillGroup(state, p, bucket, cursor[bucket]!, target);
      if (members.length < model.minSize) continue;
      openGroup(state, Math.floor(bucket / slotCount), bucket % slotCount, members);
      for (const m of members) claim(m);
      break;
    }
  }
}

/** Up to three buckets of p that could hold a group, best first. */
function rankedBuckets(state: SearchState, p: number, unassigned: Int32Array): number[] {
  const { model } = state;
  const ranked: { bucket: number; key: number }[] = [];
  for (let ti = model.topicStart[p]!; ti < model.topicStart[p + 1]!; ti++) {
    const t = model.topicOf[ti]!;
    const caseBonus = unusedCaseOf(state, p, t) >= 0 ? model.n + 1 : 0;
    for (let si = model.slotStart[p]!; si < model.slotStart[p + 1]!; si++) {
      const bucket = t * model.slotCount + model.slotOf[si]!;
      const count = unassigned[bucket]!;
      if (count >= model.minSize) ranked.push({ bucket, key: count + caseBonus });
    }
  }
  ranked.sort((a, b) => b.key - a.key || a.bucket - b.bucket);
  return ranked.slice(0, 3).map((r) => r.bucket);
}

/** Seed p plus greedily chosen compatible candidates from a bucket, up to `size` members. */
function fillGroup(
  state: SearchState,
  p: number,
  bucket: number,
  from: number,
  size: number,
): number[] {
  const { model } = state;
  const topic = Math.floor(bucket / model.slotCount);
  const candidates: number[] = [];
  const end = model.bucketStart[bucket + 1]!;
  for (let k = from; k < end && candidates.length < CANDIDATES; k++) {
    const q = model.bucketPersons[k]!;
    if (q !== p && state.personGroup[q] === -1 && compatible(model, p, q)) candidates.push(q);
  }
  const ownsCase = (q: number): boolean => unusedCaseOf(state, q, topic) >= 0;
  return growGreedily(model, topic, [p], candidates, size, ownsCase);
}

/**
 * Adds, one at a time, the candidate that raises the group score most and is compatible with
 * everyone already in, until the group has `size` members or no candidate fits. `ownsCase`
 * tells who would bring a ready case on the topic.
 */
export function growGreedily(
  model: MatchModel,
  topic: number,
  start: number[],
  candidates: number[],
  size: number,
  ownsCase: (p: number) => boolean = () => false,
): number[] {
  const members = [...start];
  const used = new Set(members);
  while (members.length < size) {
    let best = -1;
    let bestScore = -Infinity;
    for (const q of candidates) {
      if (used.has(q) || !members.every((m) => compatible(model, m, q))) continue;
      members.push(q);
      const score = scoreGroup(model, topic, members, members.length, members.some(ownsCase));
      members.pop();
      if (score > bestScore) {
        bestScore = score;
        best = q;
      }
    }
    if (best < 0) break;
    members.push(best);
    used.add(best);
  }
  return members;
}
