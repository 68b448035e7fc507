import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseDetails, ErrorBody, GuardScanResult, StarterCaseSummary } from '@ods/shared';
import { Agent } from '../../test-support/agent.ts';
import { createSession, createUser } from '../../test-support/fixtures.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';

const clean = {
  title: 'Een gezin met schulden',
  topic: 'schuldhulpverlening',
  situation: 'Noem haar Anna. Anna heeft drie kinderen en een stapel ongeopende post.',
  question: 'Hoe krijgen jullie de post weer open?',
};

describe.each(testDialects())(
  'starter library, data rights and the scan service (%s)',
  (dialect) => {
    let t: TestApp;
    let ann: Agent;
    let annId: string;

    beforeEach(async () => {
      t = await createTestApp(dialect);
      annId = await createUser(t.app, { email: 'ann@amsterdam.nl', name: 'Ann' });
      ann = new Agent(t.app);
      await ann.signIn('ann@amsterdam.nl');
    });
    afterEach(async () => t.close());

    it('offers example cases on every theme, and a copy becomes my own draft to adapt', async () => {
      expect((await new Agent(t.app).request('GET', '/api/cases/starters')).statusCode).toBe(401);
      const starters = (await ann.request('GET', '/api/cases/starters')).json<
        StarterCaseSummary[]
      >();
      const themes = new Set(starters.map((s) => s.theme.nl));
      expect(themes.size).toBeGreaterThanOrEqual(6);
      const first = starters[0]!;

      const copy = await ann.request('POST', `/api/cases/starters/${first.slug}/copy`);
      expect(copy.statusCode).toBe(201);
      expect(copy.json<CaseDetails>()).toMatchObject({
        title: first.title.nl,
        topic: first.topic,
        situation: first.situation,
        question: first.question,
        state: 'draft',
        isOwner: true,
      });
      const ready = await ann.request('POST', `/api/cases/${copy.json<CaseDetails>().id}/ready`, {
        confirmedWarnings: [],
      });
      expect(ready.statusCode, ready.body).toBe(200);

      const missing = await ann.request('POST', '/api/cases/starters/bestaat-niet/copy');
      expect(missing.statusCode).toBe(404);
    });

    it('exports my cases, deletes the unused ones with my account and keeps used ones anonymised', async () => {
      const bobId = await createUser(t.app, { email: 'bob@groningen.nl', name: 'Bob' });
      const unused = (await ann.request('POST', '/api/cases', clean)).json<CaseDetails>();
      const used = (
        await ann.request('POST', '/api/cases', { ...clean, title: 'Een gebruikte casus' })
      ).json<CaseDetails>();
      await createSession(t.app, {
        participants: [{ userId: annId, role: 'case-owner' }, { userId: bobId }],
        startsAt: '2026-12-01T13:00:00.000Z',
        caseId: used.id,
      });

      const exported = (await ann.request('GET', '/api/account/export')).json<{
        cases: CaseDetails[];
      }>();
      expect(exported.cases.map((c) => c.title).sort()).toEqual([
        'Een gebruikte casus',
        'Een gezin met schulden',
      ]);

      expect((await ann.request('DELETE', '/api/account')).statusCode).toBe(204);
      const left = await t.app.db.selectFrom('cases').select(['id', 'owner_id']).execute();
      expect(left).toEqual([{ id: used.id, owner_id: null }]);
      expect(left.some((c) => c.id === unused.id)).toBe(false);

      const bob = new Agent(t.app);
      await bob.signIn('bob@groningen.nl');
      const read = await bob.request('GET', `/api/cases/${used.id}`);
      expect(read.json<CaseDetails>()).toMatchObject({
        title: 'Een gebruikte casus',
        isOwner: false,
      });
    });

    it('scans a text for a signed-in client, within a size limit', async () => {
      const scan = await ann.request('POST', '/api/guard/scan', {
        text: 'Zijn BSN is 111222333, zijn IBAN NL91ABNA0417164300.',
      });
      expect(scan.json<GuardScanResult>().findings.map((f) => [f.kind, f.severity])).toEqual([
        ['bsn', 'block'],
        ['iban', 'block'],
      ]);
      const tooLong = await ann.request('POST', '/api/guard/scan', { text: 'a'.repeat(10_001) });
      expect(tooLong.statusCode).toBe(400);
      expect(tooLong.json<ErrorBody>().fields).toEqual({ text: 'Gebruik hoogstens 10000 tekens.' });
      const anonymous = await new Agent(t.app).request('POST', '/api/guard/scan', { text: 'x' });
      expect(anonymous.statusCode).toBe(401);
    });
  },
);
