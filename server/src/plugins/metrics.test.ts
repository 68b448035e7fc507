import { afterEach, describe, expect, it } from 'vitest';
import { Agent, latestToken } from '../test-support/agent.ts';
import { createUser } from '../test-support/fixtures.ts';
import { createTestApp, testDialects, type TestApp } from '../test-support/test-app.ts';

const TOKEN = 'metrics-token-metrics-token-0123';

/** The value of one sample in Prometheus' text format, 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const line = text
    .split('\n')
    .find(
      (l) =>
        (l.startsWith(`${name}{`) || l.startsWith(`${name} `)) &&
        Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)),
    );
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

describe.each(testDialects())('/metrics (%s)', (dialect) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });
  const scrape = async () => {
    const response = await t!.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(response.statusCode).toBe(200);
    return response.body;
  };

  it('does not exist without METRICS_TOKEN, and wants the token when it is set', async () => {
    t = await createTestApp(dialect);
    const missing = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(missing.statusCode).toBe(404);
    await t.close();

    t = await createTestApp(dialect, { METRICS_TOKEN: TOKEN });
    for (const authorization of [undefined, 'Bearer wrong', TOKEN, `Basic ${TOKEN}`]) {
      const refused = await t.app.inject({
        method: 'GET',
        url: '/metrics',
        headers: authorization ? { authorization } : {},
      });
      expect(refused.statusCode, authorization).toBe(401);
      expect(refused.json<{ code: string }>().code).toBe('METRICS_TOKEN_INVALID');
      expect(refused.body).not.toContain('ods_http_request');
    }
    const ok = await t.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(ok.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(ok.body).toContain('process_resident_memory_bytes');
  });

  it('times requests per route pattern, and counts mail, jobs, rounds and dependencies', async () => {
    t = await createTestApp(dialect, { METRICS_TOKEN: TOKEN });
    const requests = (route: string) =>
      sample(text, 'ods_http_request_duration_seconds_count', { route, status: '200' });
    let text = await scrape();
    const before = requests('/api/topics');
    for (let i = 0; i < 3; i += 1) await t.app.inject({ method: 'GET', url: '/api/topics' });
    await t.app.inject({
      method: 'GET',
      url: '/api/sessions/00000000-0000-4000-8000-000000000000',
    });
    text = await scrape();
    expect(requests('/api/topics')).toBe(before + 3);
    expect(
      sample(text, 'ods_http_request_duration_seconds_count', {
        route: '/api/sessions/:id',
        status: '401',
      }),
    ).toBe(1);
    expect(text).not.toContain('00000000-0000-4000-8000-000000000000');

    expect(sample(text, 'ods_outbox_mails', { state: 'pending' })).toBe(0);
    await new Agent(t.app).request('POST', '/api/auth/login-link', { email: 'ans@gemeente.nl' });
    expect(sample(await scrape(), 'ods_outbox_mails', { state: 'pending' })).toBe(1);

    // A reminder due ten minutes ago that no worker ran (workers are off in tests).
    const dueAt = new Date(t.clock.now().getTime() - 10 * 60_000).toISOString();
    await t.app.db
      .insertInto('scheduled_jobs')
      .values({
        id: 'job-1',
        kind: 'marker',
        key: 'metrics-test',
        session_id: null,
        user_id: null,
        run_at: dueAt,
        last_error: null,
        created_at: dueAt,
        finished_at: null,
      })
      .execute();
    const lag = sample(await scrape(), 'ods_scheduler_lag_seconds');
    expect(lag).toBeGreaterThanOrEqual(600);
    expect(lag).toBeLessThan(700);

    await createUser(t.app, { email: 'coco@gemeente.nl', role: 'coordinator' });
    for (const who of ['ans', 'bas', 'cor', 'dirk'])
      await createUser(t.app, { email: `${who}@gemeente-${who}.nl` });
    const coordinator = new Agent(t.app);
    await coordinator.signIn('coco@gemeente.nl');
    const proposed = await coordinator.request('POST', '/api/rounds', {
      periodStart: '2026-12-01',
      periodEnd: '2026-12-14',
      seed: 1,
    });
    expect(proposed.statusCode).toBe(201);
    text = await scrape();
    expect(sample(text, 'ods_matcher_duration_seconds_count')).toBe(1);
    expect(sample(text, 'ods_dependency_up', { dependency: 'database' })).toBe(1);
    // Not configured in tests: no sample rather than a false "down".
    expect(text).not.toContain('dependency="livekit"');
    expect(sample(text, 'ods_notes_connections')).toBe(0);
  });

  // The log on the same path (and on the whole main path) is checked in log-privacy.test.ts.
  it('keeps e-mail addresses and link tokens out of the metrics', async () => {
    t = await createTestApp(dialect, { METRICS_TOKEN: TOKEN });
    const agent = new Agent(t.app);
    const email = 'geheim.adres@gemeente-zuid.nl';
    await agent.request('POST', '/api/auth/login-link', { email });
    const token = await latestToken(t.app, email);
    await agent.request('POST', '/api/auth/session', { token });
    await t.app.inject({ method: 'GET', url: `/api/replies/${token}` });
    await t.app.inject({ method: 'GET', url: `/calendar/${token}.ics` });
    const text = await scrape();
    expect(text).toContain('/api/replies/:token');
    for (const secret of [email, 'geheim.adres', token, TOKEN]) expect(text).not.toContain(secret);
  });
});
