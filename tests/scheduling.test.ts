import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from '@ods/db';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { latestMail, linkIn, startServer, type RunningServer } from './support/server.ts';
import { seedCommittedSession } from './support/seed.ts';

const openDatabase = (server: RunningServer) => createDatabase({ dataDir: server.dataDir });

describe('a participant answers an invitation with one click', () => {
  let server: RunningServer;
  let browser: Browser;
  let database: DatabaseHandle;
  let sessionId: string;

  beforeAll(async () => {
    server = await startServer();
    database = openDatabase(server);
    // The other two already said yes; Anna's yes makes the quorum.
    sessionId = await seedCommittedSession(database, {
      acceptedBy: ['bram@gemeente.example', 'chantal@gemeente.example'],
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await database?.db.destroy();
    await server?.stop();
    server?.cleanup();
  });

  it('opens the accept link (which changes nothing), confirms, and sees the session confirmed in Mijn sessies', async () => {
    const invitation = await waitFor(() =>
      latestMail(server, 'anna@gemeente.example', 'invitation'),
    );
    const acceptLink = linkIn(invitation, '/antwoord/');
    const page = await (await browser.newContext()).newPage();
    await page.goto(acceptLink);
    await page.getByRole('heading', { level: 1, name: 'Je antwoord bevestigen' }).waitFor();
    await page
      .getByText(/Anna Visser, je komt naar de sessie over Schuldhulpverlening op \w+dag/)
      .waitFor();
    await expectNoAxeViolations(page, '/antwoord (confirm)');
    const before = await database.db
      .selectFrom('session_participants')
      .select('reply')
      .where('session_id', '=', sessionId)
      .where('reply', '=', 'accepted')
      .execute();
    expect(before).toHaveLength(2);

    await page.getByRole('button', { name: 'Ja, ik kom: bevestigen' }).click();
    await page
      .getByRole('status')
      .getByText(/Bevestigd: je komt op/)
      .waitFor();
    await expectNoAxeViolations(page, '/antwoord (done)');
    // Signed out, the page is no dead end: the session into the calendar, and a way on.
    const calendar = page.getByRole('link', { name: 'Zet de sessie in je agenda' });
    const ics = await page.evaluate(
      async (href) => {
        const response = await fetch(href);
        return { type: response.headers.get('content-type'), body: await response.text() };
      },
      (await calendar.getAttribute('href'))!,
    );
    expect(ics.type).toContain('text/calendar');
    expect(ics.body).toContain(`UID:${sessionId}@`);
    await page.getByText('Log in om een ander tijdstip voor te stellen').waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Inloggen' }).click();
    await page.waitForURL(/\/inloggen/);

    await page.getByLabel('E-mailadres').fill('anna@gemeente.example');
    await page.getByRole('button', { name: 'Stuur mij een inloglink' }).click();
    await page.waitForURL(/controleer-je-mail/);
    await page.goto(linkIn(await latestMail(server, 'anna@gemeente.example', 'login'), '#token='));
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL(/\/pool/);
    await page.getByRole('link', { name: 'Mijn sessies' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn sessies' }).waitFor();
    const card = page.getByRole('article');
    await card.getByText('Status: bevestigd').waitFor();
    expect(await card.innerText()).toContain('Jouw antwoord: komt');
    expect(await card.innerText()).toContain('Bram de Wit, deelnemer, Groningen');
    expect(await card.innerText()).toContain('Waarom deze groep: Schuldhulpverlening');
    expect(
      await card.getByRole('link', { name: 'Naar de sessiepagina' }).getAttribute('href'),
    ).toBe(`/sessies/${sessionId}`);
    await page.getByText(/^webcal:\/\//).waitFor();
    await expectNoAxeViolations(page, '/sessies');
  });

  it('a tampered link gets a clear error page', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(
      `${server.url}/antwoord/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA`,
    );
    await page.getByRole('heading', { level: 1, name: 'Deze link werkt niet' }).waitFor();
    await page.getByText(/Deze antwoordlink klopt niet/).waitFor();
    await expectNoAxeViolations(page, '/antwoord (invalid)');
  });
});

describe('a crash between commit and delivery', () => {
  it('delivers every invitation once after a restart', async () => {
    const received: string[] = [];
    const smtpState = { refuse: true, connections: 0 };
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onConnect(_session, callback) {
        smtpState.connections += 1;
        callback(
          smtpState.refuse
            ? Object.assign(new Error('try later'), { responseCode: 421 })
            : undefined,
        );
      },
      onData(stream, _session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
        stream.on('end', () => {
          received.push(/^Message-ID:\s*(\S+)/im.exec(raw)?.[1] ?? '');
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
    let server = await startServer({ SMTP_URL: smtpUrl });
    const database = openDatabase(server);
    try {
      await seedCommittedSession(database);
      // The inviter commits the invitations; the mail server refuses, so none is delivered yet
      // (and, while it refuses, the outbox asks the server instead of spending each mail's tries).
      const outbox = await waitFor(async () => {
        const rows = await database.db.selectFrom('outbox').select(['id', 'attempts']).execute();
        if (rows.length < 3 || smtpState.connections === 0) throw new Error('not yet tried');
        return rows;
      });
      await server.stop('SIGKILL');
      expect(received).toHaveLength(0);

      smtpState.refuse = false;
      server = await startServer(
        { SMTP_URL: smtpUrl },
        { dataDir: server.dataDir, port: server.port },
      );
      // Everything that waited goes as soon as the mail server answers.
      await waitFor(async () => {
        if (received.length < 3) throw new Error(`only ${received.length} delivered`);
      }, 90_000);
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      expect(received.sort()).toEqual(outbox.map((row) => `<${row.id}@127.0.0.1>`).sort());
    } finally {
      await database.db.destroy();
      await server.stop();
      server.cleanup();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  }, 180_000);
});

/** Retries until the check passes (a server works in the background) or the time is up. */
async function waitFor<T>(check: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
