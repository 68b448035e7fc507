// Two simple groupings to compare the matcher with: random valid groups and a plain greedy.
// Both respect the hard rules (same eligibility index as the matcher), ignore the soft goals.
import { buildModel, type MatchModel } from '@ods/server/core/matcher/model';
import { bucketsOf, compatible } from '@ods/server/core/matcher/model-queries';
import { createRandom } from '@ods/server/core/matcher/random';
import type { MatchGroup, MatchInput, MatchResult } from '@ods/server/core/matcher/types';

interface Draft {
  bucket: number;
  members: number[];
}

const fits = (model: MatchModel, draft: Draft, p: number): boolean =>
  draft.members.length < model.maxSize && draft.members.every((m) => compatible(model, m, p));

/** Drafts per bucket that still have room (full ones are dropped from these lists). */
type OpenDrafts = Map<number, Draft[]>;

function openDraft(all: Draft[], open: OpenDrafts, bucket: number, p: number): void {
  const draft = { bucket, members: [p] };
  all.push(draft);
  const list = open.get(bucket) ?? [];
  list.push(draft);
  open.set(bucket, list);
}

function join(model: MatchModel, open: OpenDrafts, draft: Draft, index: number, p: number): void {
  draft.members.push(p);
  if (draft.members.length >= model.maxSize) open.get(draft.bucket)!.splice(index, 1);
}

/** Drops groups below the minimum, gives groups a member's case, accounts for everyone. */
function finish(model: MatchModel, drafts: Draft[]): Pick<MatchResult, 'groups' | 'leftOut'> {
  const { input } = model;
  const casesOf = new Map<string, MatchInput['cases']>();
  for (const c of input.cases) casesOf.set(c.ownerId, [...(casesOf.get(c.ownerId) ?? []), c]);
  const usedCases = new Set<string>();
  const matched = new Set<number>();
  const groups: MatchGroup[] = [];
  for (const draft of drafts) {
    if (draft.members.length < model.minSize) continue;
    const topic = input.topics[Math.floor(draft.bucket / model.slotCount)]!.slug;
    const ids = draft.members.map((m) => input.pool[m]!.id);
    const theCase = ids
      .flatMap((id) => casesOf.get(id) ?? [])
      .find((c) => c.topic === topic && !usedCases.has(c.id));
    if (theCase) usedCases.add(theCase.id);
    for (const m of draft.members) matched.add(m);
    groups.push({
      topic,
      slotId: input.slots[draft.bucket % model.slotCount]!.id,
      caseId: theCase?.id ?? null,
      members: ids.map((id) => ({ id, role: id === theCase?.ownerId ? 'case-owner' : 'member' })),
      explanation: { nl: '', en: '' },
      score: { total: 0, parts: { ...input.settings.weights } },
    });
  }
  const explanation = { nl: '', en: '' };
  const leftOut = input.pool.flatMap((person, p) =>
    matched.has(p)
      ? []
      : [{ id: person.id, reason: model.ineligible[p] ?? ('no-group-fits' as const), explanation }],
  );
  return { groups, leftOut };
}

/** Each person in random order joins a random fitting group of a random topic/slot of theirs. */
export function randomBaseline(
  input: MatchInput,
  seed: number,
): Pick<MatchResult, 'groups' | 'leftOut'> {
  const model = buildModel(input);
  const random = createRandom(seed);
  const all: Draft[] = [];
  const open: OpenDrafts = new Map();
  for (const p of random.shuffle(Array.from(model.order))) {
    const buckets = bucketsOf(model, p);
    const bucket = buckets[random.int(buckets.length)]!;
    const drafts = open.get(bucket) ?? [];
    let placed = false;
    for (let attempt = 0; attempt < 3 && drafts.length > 0 && !placed; attempt++) {
      const index = random.int(drafts.length);
      if (!fits(model, drafts[index]!, p)) continue;
      join(model, open, drafts[index]!, index, p);
      placed = true;
    }
    if (!placed) openDraft(all, open, bucket, p);
  }
  return finish(model, all);
}

/** Longest waiting first; first fitting group in any of their topic/slots, else a new one. */
export function greedyBaseline(input: MatchInput): Pick<MatchResult, 'groups' | 'leftOut'> {
  const model = buildModel(input);
  const all: Draft[] = [];
  const open: OpenDrafts = new Map();
  const bucketSize = (b: number): number => model.bucketStart[b + 1]! - model.bucketStart[b]!;
  for (const p of model.order) {
    const buckets = bucketsOf(model, p);
    let placed = false;
    for (const bucket of buckets) {
      const drafts = open.get(bucket) ?? [];
      const index = drafts.findIndex((d) => fits(model, d, p));
      if (index < 0) continue;
      join(model, open, drafts[index]!, index, p);
      placed = true;
      break;
    }
    const largest = buckets.reduce((a, b) => (bucketSize(b) > bucketSize(a) ? b : a));
    if (!placed) openDraft(all, open, largest, p);
  }
  return finish(model, all);
}
