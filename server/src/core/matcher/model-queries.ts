import type { MatchModel } from './model.ts';

/** True when person p has topic t and may be matched in slot s. */
export function fitsBucket(model: MatchModel, p: number, t: number, s: number): boolean {
  return (
    ((model.topicBits[p * model.topicWords + (t >>> 5)]! >>> (t & 31)) & 1) === 1 &&
    ((model.slotBits[p * model.slotWords + (s >>> 5)]! >>> (s & 31)) & 1) === 1
  );
}

/** True when person p is 'ervaren' on topic t. */
export function isExpert(model: MatchModel, p: number, t: number): boolean {
  return ((model.expertBits[p * model.topicWords + (t >>> 5)]! >>> (t & 31)) & 1) === 1;
}

function avoids(model: MatchModel, a: number, orgIndex: number): boolean {
  for (let k = model.avoidStart[a]!; k < model.avoidStart[a + 1]!; k++) {
    if (model.avoidOrg[k] === orgIndex) return true;
  }
  return false;
}

/** True when a avoids b's organisation or b avoids a's. */
export function avoidsEither(model: MatchModel, a: number, b: number): boolean {
  return avoids(model, a, model.organisation[b]!) || avoids(model, b, model.organisation[a]!);
}

/** True when a and b may sit in one group: other municipality, organisation, no avoidance. */
export function compatible(model: MatchModel, a: number, b: number): boolean {
  return (
    model.municipality[a] !== model.municipality[b] &&
    model.organisation[a] !== model.organisation[b] &&
    !avoidsEither(model, a, b)
  );
}

/** The buckets (topic * slotCount + slot) person p could be matched in. */
export function bucketsOf(model: MatchModel, p: number): number[] {
  const buckets: number[] = [];
  for (let ti = model.topicStart[p]!; ti < model.topicStart[p + 1]!; ti++) {
    const t = model.topicOf[ti]!;
    for (let si = model.slotStart[p]!; si < model.slotStart[p + 1]!; si++) {
      buckets.push(t * model.slotCount + model.slotOf[si]!);
    }
  }
  return buckets;
}
