import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FirstAnswers } from '@ods/shared/api/first-answers';
import { Agent } from '../test-support/agent.ts';
import { createTestApp, type TestApp } from '../test-support/test-app.ts';
import {
  heldGroup,
  seedAttendance,
  seedNotes,
  type HeldGroup,
} from '../features/summaries/summaries.fixtures.ts';
import { jsonForHtml } from './web.ts';

// A signed-in person's page carries the answers of GET /api/session and
// GET /api/me/consent-requests in its HTML (web/src/main.tsx takes them), so its first render
// waits for no round trip. Personal, so never stored; a visitor's page stays as built.
const INDEX = `<!doctype html><html><head><title>Over de schutting</title></head><body><div id="root"></div></body></html>`;
const PROFILE_CHUNK = '/assets/profile-page-B4kx9Q2m.js';

function writeWebDist(dir: string): void {
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'index.html.br'), brotliCompressSync(INDEX));
  writeFileSync(join(dir, 'index.html.gz'), gzipSync(INDEX));
  writeFileSync(join(dir, 'page-routes.json'), JSON.stringify(['/', '/profiel', '/sessies/:id']));
  writeFileSync(join(dir, 'page-preloads.json'), JSON.stringify({ '/profiel': [PROFILE_CHUNK] }));
}

const BLOCK = /<script type="application\/json" id="ods-first-answers">([^<]*)<\/script>/;

describe('a signed-in page with its first answers in the HTML', () => {
  let t: TestApp;
  let g: HeldGroup;
  let webDist: string;

  beforeAll(async () => {
    webDist = mkdtempSync(join(tmpdir(), 'ods-web-dist-'));
    writeWebDist(webDist);
    t = await createTestApp('sqlite', { WEB_DIST: webDist });
    g = await heldGroup(t);
    // Anna took part in a held session with notes: the consent round asks her about its summary.
    await seedNotes(t, g.sessionId);
    await seedAttendance(t, g.sessionId, [g.ids.anna]);
    await t.app.consentRound.runOnce();
  });
  afterAll(async () => {
    await t?.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  const page = (agent: Agent, url: string, encoding = 'identity') =>
    agent.request('GET', url, undefined, { accept: 'text/html', 'accept-encoding': encoding });
  const answersIn = (html: string) => JSON.parse(BLOCK.exec(html)?.[1] ?? 'null') as FirstAnswers;

  it('carries what the two routes answer, with the page preloads, and is never stored', async () => {
    const answer = await page(g.anna, '/profiel');
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^text\/html/);
    expect(answer.headers['cache-control']).toBe('private, no-store');
    expect(answer.headers.vary).toMatch(/cookie/i);
    expect(answer.body).toContain(`<link rel="modulepreload" crossorigin href="${PROFILE_CHUNK}">`);
    const answers = answersIn(answer.body);

    const session = (await g.anna.request('GET', '/api/session')).json<FirstAnswers['session']>();
    const consent = (await g.anna.request('GET', '/api/me/consent-requests')).json<unknown[]>();
    expect(consent).toEqual([expect.objectContaining({ sessionId: g.sessionId })]);
    // Exactly the routes' answers: no field of the signed-in user beyond what /api/session shows.
    expect(answers.session.user).toEqual(session.user);
    expect(Object.keys(answers)).toEqual(['session', 'consentRequests']);
    expect(answers.consentRequests).toEqual(consent);
    expect(answers.session.csrfToken).toMatch(/\S{20,}/);
  });

  it("hands out a CSRF token the page's writes pass with", async () => {
    const agent = new Agent(t.app).useSession(
      (g.bram.cookieHeader() ?? '').match(/ods_session=([^;]+)/)![1]!,
    );
    const { csrfToken } = answersIn((await page(agent, '/profiel')).body).session;
    agent.csrfToken = csrfToken;
    const write = await agent.request('POST', '/api/auth/logout');
    expect(write.statusCode, write.body).toBeLessThan(300);
  });

  it('keeps the CSP strict: the data block is no script, and no inline script is allowed', async () => {
    const answer = await page(g.anna, '/sessies/abc');
    expect(answer.statusCode).toBe(200);
    expect(answersIn(answer.body).session.user?.email).toBe('anna@utrecht.example');
    const csp = String(answer.headers['content-security-policy']);
    const scriptSrc = csp.split(';').find((directive) => directive.startsWith('script-src '));
    expect(scriptSrc).toBe("script-src 'self'");
  });

  it('escapes what could end the block: a name with </script> stays data', async () => {
    const name = 'Anna </script><script>alert(1)</script><!-- & \u2028';
    await t.app.db.updateTable('users').set({ name }).where('id', '=', g.ids.anna).execute();
    const html = (await page(g.anna, '/profiel')).body;
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(answersIn(html).session.user?.name).toBe(name);
    expect(jsonForHtml('"</script>&\u2029"')).toBe('"\\u003c/script\\u003e\\u0026\\u2029"');
  });

  it('compresses the answer as the client accepts it', async () => {
    const br = await page(g.anna, '/profiel', 'br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toMatch(BLOCK);
    const gz = await page(g.anna, '/profiel', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toMatch(BLOCK);
  });

  it('gives a visitor, and a path that is no page, the page as built, without answers', async () => {
    const visitor = await page(new Agent(t.app), '/profiel');
    expect(visitor.statusCode).toBe(200);
    expect(visitor.headers['cache-control']).toBe('no-cache');
    expect(visitor.body).not.toMatch(BLOCK);
    const unknown = await page(g.anna, '/bestaat-niet');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toBe(INDEX);
  });
});
