import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AdjustmentPreview, Round, RoundProposal } from '@ods/shared';
import { evaluateGroups } from '../../core/matcher/evaluate.ts';
import { validateResult } from '../../core/matcher/validate.ts';
import { Agent } from '../../test-support/agent.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import { decodeMatchInput } from './round-input.ts';
import { roundAsResult, seedSmallPool, type SmallPool } from './rounds.fixtures.ts';

const DECEMBER = { periodStart: '2026-12-01', periodEnd: '2026-12-31', groupSizeMax: 5 };

const ids = (round: Round, group: number) => round.groups[group]!.members.map((m) => m.userId);

describe.each(testDialects())('adjusting a proposed round (%s)', (dialect) => {
  let t: TestApp;
  let pool: SmallPool;
  let coordinator: Agent;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    pool = await seedSmallPool(t.app);
    coordinator = new Agent(t.app);
    await coordinator.signIn('coordinator@example.nl');
  });
  afterEach(async () => t.close());

  async function propose(): Promise<Round> {
    const response = await coordinator.request('POST', '/api/rounds', DECEMBER);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Round>();
  }

  /** The stored matcher input: what the matcher saw, for the independent checks. */
  async function inputOf(round: Round) {
    const row = await t.app.db
      .selectFrom('match_rounds')
      .select('match_input')
      .where('id', '=', round.id)
      .executeTakeFirstOrThrow();
    return decodeMatchInput(row.match_input!);
  }

  /** Hard-rule violations of the round as stored, by the matcher's independent validator. */
  async function violationsOf(round: Round) {
    return validateResult(await inputOf(round), roundAsResult(round));
  }

  const preview = async (round: Round, adjustment: object, version = round.version) =>
    coordinator.request('POST', `/api/rounds/${round.id}/adjustments/preview`, {
      version,
      adjustment,
    });
  const apply = async (round: Round, adjustment: object, version = round.version) =>
    coordinator.request('POST', `/api/rounds/${round.id}/adjustments`, { version, adjustment });

  /**
   * A proposal of two groups of 3–5 (4 and 4, or 3 and 5), with `from` a group that can give
   * someone away and `to` one that can take them in.
   */
  async function twoGroups(): Promise<Round & { from: number; to: number }> {
    const round = await propose();
    expect(round.groups).toHaveLength(2);
    expect(round.adjustable).toBe(true);
    expect(round.version).toBe(0);
    const from = round.groups[0]!.members.length > 3 ? 0 : 1;
    return { ...round, from, to: 1 - from };
  }

  /** A member of `from` whose move to `to` keeps every hard rule (groups may differ in time). */
  async function acceptedMover(round: Round & { from: number; to: number }): Promise<string> {
    for (const id of ids(round, round.from)) {
      const outcome = await preview(round, { kind: 'move', personId: id, toGroup: round.to });
      if (outcome.json<AdjustmentPreview>().accepted) return id;
    }
    throw new Error('nobody of the group can move to the other');
  }

  it('previews a move without writing: the score change equals a full re-score', async () => {
    const round = await twoGroups();
    const mover = await acceptedMover(round);
    const response = await preview(round, { kind: 'move', personId: mover, toGroup: round.to });
    expect(response.statusCode, response.body).toBe(200);
    const outcome = response.json<AdjustmentPreview>();
    expect(outcome.accepted).toBe(true);
    expect(outcome.refusals).toEqual([]);
    expect(outcome.changedGroups.map((g) => g.index)).toEqual([0, 1]);
    const target = outcome.changedGroups.find((g) => g.index === round.to)!;
    expect(target.members.map((m) => m.userId)).toContain(mover);
    const size = round.groups[round.to]!.members.length + 1;
    expect(target.explanation.nl).toMatch(new RegExp(`^Schuldhulpverlening · ${size} gemeenten`));

    const input = await inputOf(round);
    const shape = (r: Round) => roundAsResult(r).groups.map((g) => ({ ...g, members: g.members }));
    const before = evaluateGroups(input, shape(round));
    const afterGroups = shape(round).map((g, i) => ({
      ...g,
      members: outcome.changedGroups
        .find((c) => c.index === i)!
        .members.map((m) => ({
          id: m.userId,
          role: m.role,
        })),
    }));
    const after = evaluateGroups(input, afterGroups);
    expect(outcome.objectiveBefore).toBeCloseTo(before.total, 6);
    expect(outcome.objectiveAfter).toBeCloseTo(after.total, 6);
    expect(outcome.delta.total).toBeCloseTo(after.total - before.total, 6);

    const again = await coordinator.request('GET', `/api/rounds/${round.id}`);
    expect(again.json<Round>()).toMatchObject({ version: 0, groups: round.groups });
  });

  it('moves and swaps people, keeping every hard rule, and refuses a stale version (409)', async () => {
    const round = await twoGroups();
    const mover = await acceptedMover(round);
    const moved = await apply(round, { kind: 'move', personId: mover, toGroup: round.to });
    expect(moved.statusCode, moved.body).toBe(200);
    const afterMove = moved.json<Round>();
    expect(afterMove.version).toBe(1);
    expect(ids(afterMove, round.from)).toHaveLength(ids(round, round.from).length - 1);
    expect(ids(afterMove, round.to)).toContain(mover);
    expect(afterMove.groups[round.to]!.members.find((m) => m.userId === mover)).toMatchObject({
      name: expect.any(String),
      municipalityName: expect.any(String),
    });
    expect(afterMove.objective).not.toBeNull();
    expect(await violationsOf(afterMove)).toEqual([]);

    // A pair whose swap keeps every hard rule (the two groups may meet at different times).
    const pairs = ids(afterMove, 0).flatMap((x) => ids(afterMove, 1).map((y) => [x, y] as const));
    let pair: readonly [string, string] | undefined;
    for (const [x, y] of pairs) {
      const outcome = await preview(afterMove, { kind: 'swap', personId: x, otherId: y });
      if (outcome.json<AdjustmentPreview>().accepted) {
        pair = [x, y];
        break;
      }
    }
    const [a, b] = pair!;
    const swapped = await apply(afterMove, { kind: 'swap', personId: a, otherId: b });
    expect(swapped.statusCode, swapped.body).toBe(200);
    const afterSwap = swapped.json<Round>();
    expect(ids(afterSwap, 0)).toContain(b);
    expect(ids(afterSwap, 1)).toContain(a);
    expect(afterSwap.version).toBe(2);
    expect(await violationsOf(afterSwap)).toEqual([]);

    // A second coordinator still looking at version 1 cannot overwrite this.
    const stale = await apply(afterMove, { kind: 'swap', personId: a, otherId: b });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'ROUND_VERSION_CONFLICT' });
    expect(stale.json<{ message: string }>().message).toMatch(/Iemand anders heeft dit voorstel/);
  });

  it('refuses an adjustment that breaks a hard rule, naming the rule, and stores nothing', async () => {
    const round = await twoGroups();
    const out = await preview(round, {
      kind: 'move',
      personId: pool.weekendOnly,
      toGroup: round.to,
    });
    expect(out.statusCode, out.body).toBe(200);
    const outcome = out.json<AdjustmentPreview>();
    expect(outcome.accepted).toBe(false);
    expect(outcome.refusals.map((r) => r.rule)).toEqual(['slot']);
    expect(outcome.refusals[0]!.message.nl).toMatch(/^Beschikbaarheid: /);
    const applied = await apply(round, {
      kind: 'move',
      personId: pool.weekendOnly,
      toGroup: round.to,
    });
    expect(applied.statusCode).toBe(409);
    expect(applied.json()).toMatchObject({ code: 'ROUND_ADJUSTMENT_REFUSED' });
    const bad = await coordinator.request('POST', `/api/rounds/${round.id}/adjustments`, {
      version: 0,
      adjustment: { kind: 'teleport', personId: pool.debt[0] },
    });
    expect(bad.statusCode).toBe(400);
    const again = await coordinator.request('GET', `/api/rounds/${round.id}`);
    expect(again.json<Round>().version).toBe(0);
  });

  it('searches again around a locked group, which stays exactly as it was', async () => {
    const round = await twoGroups();
    const lock = await coordinator.request('POST', `/api/rounds/${round.id}/locks`, {
      version: 0,
      group: 1,
      locked: true,
    });
    expect(lock.statusCode, lock.body).toBe(200);
    const locked = lock.json<Round>();
    expect(locked.groups[1]!.locked).toBe(true);
    const into = await preview(locked, { kind: 'move', personId: ids(locked, 0)[0], toGroup: 1 });
    expect(into.json<AdjustmentPreview>().refusals.map((r) => r.rule)).toEqual(['locked-group']);

    const started = await coordinator.request('POST', `/api/rounds/${round.id}/rerun`, {
      version: locked.version,
    });
    expect(started.statusCode, started.body).toBe(202);
    const job = started.json<RoundProposal>();
    await expect
      .poll(
        async () =>
          (
            await coordinator.request('GET', `/api/rounds/proposals/${job.id}`)
          ).json<RoundProposal>().state,
        { timeout: 30_000, interval: 100 },
      )
      .toBe('done');
    const after = (await coordinator.request('GET', `/api/rounds/${round.id}`)).json<Round>();
    expect(after.version).toBe(locked.version + 1);
    expect(after.groups[0]).toEqual(locked.groups[1]);
    const everyone = after.groups.flatMap((g) => g.members.map((m) => m.userId));
    expect(everyone.sort()).toEqual([...pool.debt, pool.pauseEnded].sort());
    expect(await violationsOf(after)).toEqual([]);
  });

  it('commits what is shown; a committed round can no longer be adjusted (409)', async () => {
    const round = await twoGroups();
    const mover = await acceptedMover(round);
    const moved = await apply(round, { kind: 'move', personId: mover, toGroup: round.to });
    expect(moved.statusCode, moved.body).toBe(200);
    const adjusted = moved.json<Round>();
    expect(adjusted.version).toBe(1);
    const stale = await coordinator.request('POST', `/api/rounds/${round.id}/commit?version=0`);
    expect(stale.statusCode, stale.body).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'ROUND_VERSION_CONFLICT' });
    const commit = await coordinator.request(
      'POST',
      `/api/rounds/${round.id}/commit?version=${adjusted.version}`,
    );
    expect(commit.statusCode, commit.body).toBe(200);
    const committed = commit.json<Round>();
    expect(committed.adjustable).toBe(false);
    const participants = await t.app.db
      .selectFrom('session_participants')
      .select(['session_id', 'user_id'])
      .execute();
    for (const group of committed.groups) {
      expect(
        participants
          .filter((p) => p.session_id === group.sessionId)
          .map((p) => p.user_id)
          .sort(),
      ).toEqual(group.members.map((m) => m.userId).sort());
    }
    expect(committed.groups.map((g) => g.members.map((m) => m.userId))).toEqual(
      adjusted.groups.map((g) => g.members.map((m) => m.userId)),
    );
    const late = await apply(committed, { kind: 'move', personId: mover, toGroup: round.from });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'ROUND_NOT_ADJUSTABLE' });
    const row = await t.app.db
      .selectFrom('match_rounds')
      .select('match_input')
      .where('id', '=', round.id)
      .executeTakeFirstOrThrow();
    expect(row.match_input).toBeNull();
  });
});
