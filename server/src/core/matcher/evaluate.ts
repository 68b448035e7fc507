import { namedParts } from './build-result.ts';
import { PART_COUNT, scoreGroup } from './group-score.ts';
import { buildModel } from './model.ts';
import type { MatchGroup, MatchInput, ScoreParts } from './types.ts';

/**
 * Scores any set of groups with the matcher's objective and weights, so other groupings
 * (baselines, hand-made ones) can be compared with a matcher result. Unknown people are
 * skipped; rules are not checked here (that is validateResult's job).
 */
export function evaluateGroups(
  input: MatchInput,
  groups: Pick<MatchGroup, 'topic' | 'caseId' | 'members'>[],
): { total: number; parts: ScoreParts } {
  const model = buildModel(input);
  const personIndex = new Map(input.pool.map((p, i) => [p.id, i]));
  const topicIndex = new Map(input.topics.map((t, i) => [t.slug, i]));
  const sum = new Float64Array(PART_COUNT);
  const parts = new Float64Array(PART_COUNT);
  let total = 0;
  for (const group of groups) {
    const members = group.members.flatMap((m) => personIndex.get(m.id) ?? []);
    const topic = topicIndex.get(group.topic) ?? 0;
    total += scoreGroup(model, topic, members, members.length, group.caseId !== null, parts);
    for (let k = 0; k < PART_COUNT; k++) sum[k]! += parts[k]!;
  }
  return { total, parts: namedParts(sum) };
}
