import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from '@ods/db';
import {
  appointCoordinator,
  defaultNetworkId,
} from '@ods/server/domain/networks/networks.repository';
import { expectNoAxeViolations, launchBrowser, tabUntilFocused } from './support/browser.ts';
import { liveKitServerBinary, startLiveKit, type LiveKitDev } from './support/livekit.ts';
import { apiFromPage } from './support/page-api.ts';
import { insertProfessional } from './support/seed.ts';
import { freePort, latestMail, linkIn, startServer, type RunningServer } from './support/server.ts';

const binary = liveKitServerBinary();
const skipReason = 'skipReason' in binary ? binary.skipReason : undefined;

const PEOPLE = {
  ann: { email: 'ann@amsterdam.nl', name: 'Ann', organisation: 'GM0363' },
  bob: { email: 'bob@groningen.nl', name: 'Bob', organisation: 'GM0014' },
  olga: { email: 'olga@vlieland.nl', name: 'Olga', organisation: 'GM0096' },
  coco: { email: 'coco@example.nl', name: 'Coco', organisation: 'GM0363', role: 'coordinator' },
} as const;
type Person = keyof typeof PEOPLE;

/** People with a complete profile, and two sessions whose rooms are open now. */
async function seed(handle: DatabaseHandle) {
  const now = new Date();
  const stamp = now.toISOString();
  const ids = {} as Record<Person, string>;
  for (const [key, person] of Object.entries(PEOPLE) as [Person, (typeof PEOPLE)[Person]][]) {
    ids[key] = randomUUID();
    await insertProfessional(handle, ids[key], person, stamp);
  }
  // The sessions belong to a network that Coco coordinates: reports go to its coordinators.
  const networkId = await defaultNetworkId(handle.db, now);
  await appointCoordinator(handle.db, networkId, ids.coco, now);
  const session = async (members: { id: string; role: 'case-owner' | 'member' }[]) => {
    const id = randomUUID();
    await handle.db
      .insertInto('sparring_sessions')
      .values({
        id,
        round_id: null,
        network_id: networkId,
        topic_slug: 'schuldhulpverlening',
        case_id: null,
        state: 'confirmed',
        cancel_reason: null,
        starts_at: new Date(now.getTime() + 5 * 60_000).toISOString(),
        ends_at: new Date(now.getTime() + 65 * 60_000).toISOString(),
        room_name: `room-${randomBytes(16).toString('hex')}`,
        created_at: stamp,
        updated_at: stamp,
      })
      .execute();
    await handle.db
      .insertInto('session_participants')
      .values(
        members.map((m) => ({
          session_id: id,
          user_id: m.id,
          role: m.role,
          added_at: stamp,
          reply: 'accepted' as const,
          reply_reason: null,
          replied_at: stamp,
          removed_at: null,
        })),
      )
      .execute();
    return id;
  };
  const shared = await session([
    { id: ids.ann, role: 'case-owner' },
    { id: ids.bob, role: 'member' },
  ]);
  await session([{ id: ids.olga, role: 'member' }]);
  return { ids, shared };
}

async function signIn(page: Page, server: RunningServer, person: Person): Promise<void> {
  const { email } = PEOPLE[person];
  await page.goto(`${server.url}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('button', { name: 'Stuur mij een inloglink' }).click();
  await page.waitForURL(/controleer-je-mail/);
  await page.goto(linkIn(await latestMail(server, email, 'login'), '#token='));
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
}

/** Whether the first remote video on the page shows moving frames: a size, and time advancing. */
async function remoteVideoPlays(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const video = document.querySelector<HTMLVideoElement>(
      '.lk-participant-tile[data-lk-local-participant="false"][data-lk-source="camera"] video',
    );
    if (!video || video.videoWidth === 0) return false;
    const before = video.currentTime;
    const frame = await new Promise<boolean>((resolve) => {
      video.requestVideoFrameCallback(() => resolve(true));
      setTimeout(() => resolve(false), 2000);
    });
    return frame && video.currentTime > before;
  });
}

describe.skipIf(skipReason !== undefined)(
  `the video room with a real livekit-server${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let livekit: LiveKitDev;
    let server: RunningServer;
    let database: DatabaseHandle;
    let browser: Browser;
    let sessionId: string;
    let ids: Record<Person, string>;
    // Ann and Bob stay in the room from one step to the next.
    let ann: Page;
    let bob: Page;

    beforeAll(async () => {
      const port = await freePort();
      const dataDir = mkdtempSync(join(tmpdir(), 'ods-room-'));
      livekit = await startLiveKit(
        (binary as { path: string }).path,
        `http://127.0.0.1:${port}/api/livekit/webhook`,
      );
      server = await startServer(
        {
          LIVEKIT_URL: livekit.url,
          LIVEKIT_API_KEY: livekit.apiKey,
          LIVEKIT_API_SECRET: livekit.apiSecret,
        },
        { dataDir, port },
      );
      database = createDatabase({ dataDir });
      ({ ids, shared: sessionId } = await seed(database));
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await database?.db.destroy();
      await server?.stop();
      await livekit?.stop();
      server?.cleanup();
    });

    const attendance = () =>
      database.db
        .selectFrom('attendance')
        .select(['user_id', 'left_at'])
        .where('session_id', '=', sessionId)
        .execute();

    async function openSession(person: Person): Promise<Page> {
      const page = await (await browser.newContext()).newPage();
      await signIn(page, server, person);
      await page.goto(`${server.url}/sessies/${sessionId}`);
      await page.getByRole('heading', { level: 1, name: 'Schuldhulpverlening' }).waitFor();
      return page;
    }

    it('lets two participants join, see each other, and records their attendance', async () => {
      ann = await openSession('ann');
      // The connection check runs before joining, in a room of its own.
      await ann.locator('[data-connection-check="ok"]').waitFor({ timeout: 30_000 });
      expect(await ann.getByText('Je verbinding werkt: beeld en geluid komen door.').count()).toBe(
        1,
      );
      await expectNoAxeViolations(ann, '/sessies/:id (pre-join)');
      // Keyboard only: Tab to the join button and press Enter.
      await tabUntilFocused(ann, ann.getByRole('button', { name: 'Deelnemen aan de videoruimte' }));
      await ann.keyboard.press('Enter');
      await ann.getByRole('group', { name: 'Video van de deelnemers' }).waitFor();

      bob = await openSession('bob');
      await bob.getByLabel('Deelnemen met camera uit').waitFor();
      // The camera can be chosen: the browser's default first, then the cameras it offers.
      const camera = bob.getByRole('combobox', { name: 'Camera' });
      await expect.poll(() => camera.locator('option').count()).toBeGreaterThan(1);
      expect(await camera.locator('option').first().innerText()).toBe('Standaard');
      const cameraId = (await camera.locator('option').nth(1).getAttribute('value')) ?? '';
      await camera.selectOption(cameraId);
      expect(await camera.inputValue()).toBe(cameraId);
      await bob.getByRole('button', { name: 'Deelnemen aan de videoruimte' }).click();
      await bob.getByRole('group', { name: 'Video van de deelnemers' }).waitFor();

      await expect.poll(() => remoteVideoPlays(ann), { timeout: 30_000 }).toBe(true);
      await expect.poll(() => remoteVideoPlays(bob), { timeout: 30_000 }).toBe(true);

      const list = ann.getByRole('region', { name: /In de videoruimte/ });
      await expect
        .poll(() => list.innerText(), { timeout: 15_000 })
        .toContain('Bob · deelnemer · Groningen');
      expect(await list.innerText()).toContain('Ann (jij) · casusinbrenger · Amsterdam');
      await expectNoAxeViolations(ann, '/sessies/:id (in the room)');

      // The microphone by keyboard: the button's pressed state follows.
      const microphone = ann.getByRole('button', { name: 'Microfoon' });
      await tabUntilFocused(ann, microphone);
      await ann.keyboard.press('Enter');
      await expect.poll(() => microphone.getAttribute('aria-pressed')).toBe('false');
      await expect
        .poll(() => bob.getByRole('region', { name: /In de videoruimte/ }).innerText())
        .toContain('microfoon uit');

      // LiveKit's webhook reached the app: both are in the attendance, and the session is live.
      await expect
        .poll(async () => [...new Set((await attendance()).map((row) => row.user_id))].sort(), {
          timeout: 15_000,
        })
        .toEqual([ids.ann, ids.bob].sort());
      const { state } = await database.db
        .selectFrom('sparring_sessions')
        .select('state')
        .where('id', '=', sessionId)
        .executeTakeFirstOrThrow();
      expect(state).toBe('live');
    });

    it('reconnects both after the connection to the video server drops', async () => {
      const status = (page: Page) =>
        page.locator('[data-room-status]').getAttribute('data-room-status');
      const ports = { port: livekit.port, rtcPort: livekit.rtcPort };
      // The server vanishes as in a crash or a network outage, and comes back a little later.
      await livekit.stop('SIGKILL');
      await expect.poll(() => status(ann), { timeout: 30_000 }).not.toBe('connected');
      expect(await ann.getByRole('status').allInnerTexts()).toContain(
        'De verbinding is weggevallen. We verbinden opnieuw…',
      );
      livekit = await startLiveKit(
        (binary as { path: string }).path,
        `${server.url}/api/livekit/webhook`,
        ports,
      );
      await expect.poll(() => remoteVideoPlays(ann), { timeout: 90_000 }).toBe(true);
      await expect.poll(() => remoteVideoPlays(bob), { timeout: 90_000 }).toBe(true);
    });

    it('records when someone leaves', async () => {
      await bob.getByRole('button', { name: 'Verlaten' }).click();
      await bob.getByText('Je hebt de videoruimte verlaten.').waitFor();
      await expect
        .poll(
          async () =>
            (await attendance()).some((row) => row.user_id === ids.bob && row.left_at !== null),
          { timeout: 15_000 },
        )
        .toBe(true);
    });

    it('sends a report about the session to the coordinator', async () => {
      const bob = await openSession('bob');
      await bob.getByLabel('Gedrag van een deelnemer').check();
      await bob.getByLabel('Wat is er aan de hand?').fill('Iemand onderbreekt steeds.');
      await bob.getByRole('button', { name: 'Melding versturen' }).click();
      await bob.getByText('Je melding is verstuurd naar de coördinator.').waitFor();
      const mail = await latestMail(server, PEOPLE.coco.email, 'session-report');
      expect(mail.text).toContain('Iemand onderbreekt steeds.');
      expect(mail.text).toContain('Bob · Groningen');
    });

    it('keeps a participant of another session out', async () => {
      const olga = await (await browser.newContext()).newPage();
      await signIn(olga, server, 'olga');
      await olga.goto(`${server.url}/sessies/${sessionId}`);
      await olga.getByRole('heading', { level: 1, name: 'Sessie niet gevonden' }).waitFor();
      expect(await olga.getByText('Alleen de deelnemers en de coördinatoren').count()).toBe(1);
      await expectNoAxeViolations(olga, '/sessies/:id (not hers)');
      const refused = await apiFromPage<{ message: string }>(
        olga,
        'POST',
        `/api/sessions/${sessionId}/room-token`,
        undefined,
        { 'accept-language': 'nl' },
      );
      expect(refused).toEqual({
        status: 403,
        body: expect.objectContaining({
          message: 'Alleen deelnemers van deze sessie hebben hier toegang toe.',
        }),
      });
    });
  },
);

describe('the session page without a LiveKit server', () => {
  let server: RunningServer;
  let database: DatabaseHandle;
  let browser: Browser;
  let sessionId: string;

  beforeAll(async () => {
    server = await startServer({ LIVEKIT_URL: '', LIVEKIT_API_KEY: '', LIVEKIT_API_SECRET: '' });
    database = createDatabase({ dataDir: server.dataDir });
    ({ shared: sessionId } = await seed(database));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await database?.db.destroy();
    await server?.stop();
    server?.cleanup();
  });

  it('says plainly that video is not available, and the rest of the page works', async () => {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, server, 'ann');
    await page.goto(`${server.url}/sessies/${sessionId}`);
    await page.getByRole('heading', { level: 1, name: 'Schuldhulpverlening' }).waitFor();
    await page.getByText('Video is op deze server niet beschikbaar.').waitFor();
    expect(
      await page.getByRole('complementary', { name: 'Aantekeningen en gespreksfasen' }).count(),
    ).toBe(1);
    expect(await page.getByRole('button', { name: 'Melding versturen' }).count()).toBe(1);
    await expectNoAxeViolations(page, '/sessies/:id (no video)');
  });
});
