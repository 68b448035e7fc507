import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '@ods/db';
import { createSession as createAuthSession } from '@ods/server/plugins/auth/session-store';
import { createSession, createUser } from '@ods/server/test-support/fixtures';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

/**
 * A payload per field that would run script if the page put it into the DOM as HTML (or as a
 * link): each marks window.__xss with the field's name. It must show as plain text instead.
 */
function payload(field: string, short = false): string {
  const tags = `${field} <img src=x onerror="window.__xss='${field}'"><script>window.__xss=1</script>`;
  // Fields of 120 characters take the first two; longer ones also a tag and a Markdown link.
  return short ? tags : `${tags}"><svg onload="window.__xss=1"> [link](javascript:window.__xss=1)`;
}
/** The start of every payload as the page shows it: visible text, tags included. */
const shown = (field: string) => `${field} <img src=x onerror=`;

type Person = 'anna' | 'bram' | 'chantal' | 'lezer' | 'coordinator';

interface Seeded {
  heldId: string;
  caseId: string;
  roundId: string;
  cookies: Record<Person, string>;
}

/** Calls the API as a signed-in person, with the CSRF token, as the web app does. */
async function api(
  server: RunningServer,
  session: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const first = await fetch(`${server.url}/api/session`, {
    headers: { cookie: `ods_session=${session}` },
  });
  const { csrfToken } = (await first.json()) as { csrfToken: string };
  const csrfCookie = first.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      cookie: `ods_session=${session}; ${csrfCookie}`,
      'x-csrf-token': csrfToken,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** Notes as the editor stores them (a Yjs snapshot), with a payload in a paragraph. */
function notesWith(text: string): Buffer {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  const node = new Y.XmlText();
  node.insert(0, text);
  paragraph.insert(0, [node]);
  const heading = new Y.XmlElement('heading');
  const title = new Y.XmlText();
  title.insert(0, 'Opening');
  heading.insert(0, [title]);
  doc.getXmlFragment('default').insert(0, [heading, paragraph]);
  const snapshot = Buffer.from(Y.encodeStateAsUpdateV2(doc));
  doc.destroy();
  return snapshot;
}

/**
 * Three participants of a held session. Everything free-text goes in through the API as the
 * web app would send it: Anna's profile, her case, the summary (published, so the library
 * shows it); the notes as the editor stores them.
 */
async function seed(server: RunningServer): Promise<Seeded> {
  const database = createDatabase({ dataDir: server.dataDir });
  const app = { db: database.db } as unknown as Parameters<typeof createUser>[0];
  const tag = randomUUID().slice(0, 8);
  const people: [Person, string][] = [
    ['anna', 'GM0344'],
    ['bram', 'GM0088'],
    ['chantal', 'GM1680'],
    ['lezer', 'GM0363'],
    ['coordinator', 'GM0599'],
  ];
  const ids = {} as Record<Person, string>;
  const cookies = {} as Record<Person, string>;
  for (const [who, organisationId] of people) {
    ids[who] = await createUser(app, {
      email: `${who}-${tag}@example.nl`,
      name: who === 'anna' ? 'Anna' : payload(`naam-${who}`, true),
      organisationId,
      ...(who === 'coordinator' ? { role: 'coordinator' as const } : {}),
    });
    cookies[who] = await createAuthSession(database.db, ids[who], new Date());
  }
  await api(server, cookies.anna, 'PUT', '/api/profile', {
    name: payload('naam-anna', true),
    organisationId: 'GM0344',
    jobTitle: payload('functie', true),
    topics: [{ slug: 'schuldhulpverlening', level: 'ervaren' }],
    availability: [{ weekday: 2, startMinute: 540, endMinute: 1020 }],
    frequencyWeeks: 4,
    houseRulesAccepted: true,
  });
  const created = (await api(server, cookies.anna, 'POST', '/api/cases', {
    title: payload('casustitel', true),
    topic: 'schuldhulpverlening',
    situation: payload('situatie'),
    question: payload('casusvraag'),
  })) as { id: string };
  await api(server, cookies.anna, 'POST', `/api/cases/${created.id}/ready`, {
    confirmedWarnings: [],
  });
  const heldId = await createSession(app, {
    startsAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
    state: 'held',
    caseId: created.id,
    participants: [
      { userId: ids.anna, role: 'case-owner' },
      { userId: ids.bram, role: 'facilitator' },
      { userId: ids.chantal },
    ],
  });
  const stamp = new Date().toISOString();
  await database.db
    .insertInto('notes_documents')
    .values({
      session_id: heldId,
      snapshot: notesWith(payload('notities')),
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  await database.db.destroy();
  await api(server, cookies.anna, 'PUT', `/api/sessions/${heldId}/summary`, {
    version: 0,
    content: {
      question: `wachttijd ${payload('samenvattingsvraag')}`,
      insights: payload('inzichten'),
      exchange: [
        {
          municipality: payload('gemeente'),
          approach: payload('aanpak'),
          tools: payload('instrumenten'),
          whatWorks: payload('watwerkt'),
        },
      ],
      advice: payload('adviezen'),
      takeaways: payload('meenemen'),
      followUps: payload('vervolg'),
    },
  });
  for (const who of ['anna', 'bram', 'chantal'] as const) {
    await api(server, cookies[who], 'POST', `/api/sessions/${heldId}/summary/consent`, {
      version: 1,
      attribution: 'name-and-municipality',
      confirmedWarnings: [],
    });
  }
  // A round the coordinator proposes shows the people of the pool by name.
  const round = (await api(server, cookies.coordinator, 'POST', '/api/rounds', {
    periodStart: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
    periodEnd: new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10),
    seed: 1,
  })) as { id: string };
  return { heldId, caseId: created.id, roundId: round.id, cookies };
}

describe('free text from people renders as text, never as markup or script', () => {
  let server: RunningServer;
  let browser: Browser;
  let seeded: Seeded;
  const contexts = {} as Record<Person, BrowserContext>;

  beforeAll(async () => {
    server = await startServer();
    seeded = await seed(server);
    browser = await launchBrowser();
    for (const who of ['anna', 'bram', 'lezer', 'coordinator'] as const) {
      const context = await browser.newContext();
      await context.addCookies([
        { name: 'ods_session', value: seeded.cookies[who], url: server.url },
      ]);
      // Records what the page's policy blocked: a blocked script is one that tried to run.
      await context.addInitScript(() => {
        const w = window as unknown as { __blocked: string[] };
        w.__blocked = [];
        document.addEventListener('securitypolicyviolation', (event) =>
          w.__blocked.push(`${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      contexts[who] = context;
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    server?.cleanup();
  });

  /** Opens a page, waits for the fields to show, and checks that nothing ran or was parsed. */
  async function visit(who: Person, path: string, fields: string[]): Promise<Page> {
    const page = await contexts[who].newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${server.url}${path}`);
    for (const field of fields) {
      // Shown literally: as visible text, or as the value of a form field.
      await expect
        .poll(
          () =>
            page.evaluate((text) => {
              const controls = [...document.querySelectorAll('input, textarea')];
              return (
                document.body.innerText.includes(text) ||
                controls.some((el) => (el as HTMLInputElement).value.includes(text))
              );
            }, shown(field)),
          { timeout: 15_000, message: `${path}: ${field} not shown as text` },
        )
        .toBe(true);
    }
    // Give an injected handler time to fire, then look.
    await page.waitForTimeout(300);
    const found = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: string }).__xss ?? null,
      blocked: (window as unknown as { __blocked: string[] }).__blocked,
      injected: document.querySelectorAll(
        'img[src="x"], svg[onload], [onerror], [onload], a[href^="javascript:"], body script:not([src])',
      ).length,
    }));
    expect(found.xss, `${path}: a payload ran`).toBeNull();
    expect(found.injected, `${path}: markup from a payload is in the page`).toBe(0);
    expect(found.blocked, `${path}: the policy had to block something`).toEqual([]);
    expect(dialogs, path).toEqual([]);
    return page;
  }

  it('in the profile and the case pages', async () => {
    await visit('anna', '/profiel', ['naam-anna', 'functie']);
    await visit('anna', '/casussen', ['casustitel']);
    await visit('anna', `/casussen/${seeded.caseId}`, ['casustitel', 'situatie', 'casusvraag']);
  });

  it('in the session, its notes and its summary, as another participant sees them', async () => {
    await visit('bram', '/sessies/afgerond', []);
    await visit('bram', `/sessies/${seeded.heldId}`, ['naam-anna']);
    await visit('bram', `/sessies/${seeded.heldId}/notities`, ['notities']);
    await visit('bram', `/sessies/${seeded.heldId}/samenvatting`, [
      'samenvattingsvraag',
      'inzichten',
      'gemeente',
      'aanpak',
      'adviezen',
      'meenemen',
      'vervolg',
    ]);
  });

  it('in the round a coordinator proposes', async () => {
    await visit('coordinator', `/coordinator/rondes?ronde=${seeded.roundId}`, [
      'naam-bram',
      'naam-lezer',
    ]);
  });

  it('in the library: results with their passages, and the entry with its contributors', async () => {
    await visit('lezer', '/bibliotheek?q=wachttijd', ['samenvattingsvraag', 'naam-bram']);
    await visit('lezer', `/bibliotheek/${seeded.heldId}`, [
      'samenvattingsvraag',
      'inzichten',
      'gemeente',
      'instrumenten',
      'watwerkt',
      'adviezen',
      'naam-anna',
      'naam-bram',
    ]);
  });
});
