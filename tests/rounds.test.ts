import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from '@ods/db';
import { expectNoAxeViolations, launchBrowser, tabTo } from './support/browser.ts';
import { latestMail, startServer, type RunningServer } from './support/server.ts';
import { apiFromPage } from './support/page-api.ts';
import { daysFromToday as date, proposeRoundOnPage, ROUNDS } from './support/rounds.ts';
import { seedTinyPool, TINY_POOL } from './support/seed.ts';
import { signIn } from './support/sign-in.ts';

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('a coordinator proposes and commits a match round', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ SEED_DEMO: 'true' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    server?.cleanup();
  });

  it('tells a participant the page is for coordinators', async () => {
    const page = await signIn(browser, server, 'anna@demo.example');
    await page.goto(`${server.url}${ROUNDS}`);
    await page.getByText('Deze pagina is alleen voor coördinatoren.').waitFor();
    expect(await page.getByRole('button', { name: 'Ronde voorstellen' }).count()).toBe(0);
    await expectNoAxeViolations(page, `${ROUNDS} (participant)`);
  });

  it('proposes a round by keyboard, shows groups with explanations, and commits it', async () => {
    const page = await signIn(browser, server, 'coordinator@demo.example');
    await page.goto(`${server.url}${ROUNDS}`);
    await page.getByRole('heading', { level: 1, name: 'Matchingsrondes' }).waitFor();
    await expectNoAxeViolations(page, `${ROUNDS} (empty)`);

    // An end before the start is caught before anything is sent.
    await page.getByLabel('Eerste dag van de periode').fill(date(30));
    await page.getByLabel('Laatste dag van de periode').fill(date(10));
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Ronde voorstellen');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('De einddatum moet na de begindatum liggen.').waitFor();
    await expectNoAxeViolations(page, `${ROUNDS} (error)`);

    await page.getByLabel('Eerste dag van de periode').fill(date(7));
    await page.getByLabel('Laatste dag van de periode').fill(date(35));
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Ronde voorstellen');
    await page.keyboard.press('Enter');
    const proposal = page.getByRole('heading', { level: 2, name: /^Voorstel voor / });
    await proposal.waitFor({ timeout: 60_000 });
    await expect.poll(() => focusedId(page)).toBe('round-heading');
    expect(page.url()).toMatch(/\?ronde=[0-9a-f-]{36}$/);

    const groups = page.getByRole('article');
    expect(await groups.count()).toBeGreaterThan(10);
    const first = groups.first();
    expect(await first.getByRole('heading', { level: 3 }).innerText()).toMatch(/^Groep 1: /);
    expect(await first.innerText()).toMatch(
      /Waarom deze groep: .+ · \d gemeenten in \d provincies/,
    );
    expect(await first.innerText()).toMatch(/Wanneer: \w+dag \d+ \w+ \d{4}, \d\d:\d\d–\d\d:\d\d/);
    expect(await first.getByRole('listitem').first().innerText()).toMatch(/\(gemeente .+, .+\)/);
    await page.getByRole('heading', { level: 2, name: /^Niet ingedeeld \(\d+\)$/ }).waitFor();
    await expectNoAxeViolations(page, `${ROUNDS} (proposal)`);

    // The demo's proposal has more groups than one page: the next ones come with a button,
    // and the count says how many of all are shown.
    const total = Number(
      (await page.getByRole('heading', { level: 2, name: /^Groepen \(\d+\)$/ }).innerText()).match(
        /\d+/,
      )![0],
    );
    expect(total).toBeGreaterThan(20);
    expect(await groups.count()).toBe(20);
    await page
      .getByRole('status')
      .filter({ hasText: `20 van de ${total} groepen getoond.` })
      .waitFor();
    // A hundred adjust controls lie before it: focused directly, then the keyboard presses it.
    const more = page.getByRole('button', { name: 'Meer groepen tonen' });
    await more.focus();
    await page.keyboard.press('Enter');
    const next = Math.min(40, total);
    await page
      .getByRole('status')
      .filter({ hasText: `${next} van de ${total} groepen getoond.` })
      .waitFor();
    expect(await groups.count()).toBe(next);
    // The button keeps the focus, for the page after this one.
    expect(await more.evaluate((el) => el === document.activeElement)).toBe(next < total);
    expect(
      await groups
        .nth(next - 1)
        .getByRole('heading', { level: 3 })
        .innerText(),
    ).toMatch(new RegExp(`^Groep ${next}: `));

    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Ronde vastleggen');
    await page.keyboard.press('Enter');
    const done = page.getByRole('status').filter({ hasText: 'Vastgelegd op' });
    await done.waitFor();
    expect(await done.innerText()).toMatch(/\d+ sessies staan klaar voor de uitnodigingen/);
    expect(await page.getByRole('button', { name: 'Ronde vastleggen' }).count()).toBe(0);
    await page.getByRole('heading', { level: 2, name: /^Vastgelegde ronde van / }).waitFor();
    await expectNoAxeViolations(page, `${ROUNDS} (committed)`);

    // The committed round stays committed after a reload; committing it again changes nothing.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: /^Vastgelegde ronde van / }).waitFor();
    const roundId = new URL(page.url()).searchParams.get('ronde');
    const again = await apiFromPage<{ state: string }>(
      page,
      'POST',
      `/api/rounds/${roundId}/commit`,
    );
    expect(again).toMatchObject({ status: 200, body: { state: 'committed' } });
  });

  it('starts a session for a group now with Spar nu; the group is invited at once', async () => {
    const page = await signIn(browser, server, 'coordinator@demo.example');
    await page.getByRole('link', { name: 'Spar nu' }).click();
    await page.getByRole('heading', { level: 1, name: 'Spar nu' }).waitFor();
    await expectNoAxeViolations(page, '/coordinator/spar-nu');
    // A coordinator's menu is longer than the bar on a desktop: it wraps, but sign-out stays
    // beside it at the bar's end, where a participant finds it, not on a row of its own.
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const first = await nav.getByRole('link', { name: 'Mijn sessies' }).boundingBox();
    const signOut = await nav.getByRole('button', { name: 'Uitloggen' }).boundingBox();
    expect(signOut!.y).toBeLessThan(first!.y + first!.height);
    expect(signOut!.x).toBeGreaterThan(first!.x + 600);
    // The fields stand apart as on every other form, not label against the field above.
    const topicBottom = await page
      .getByLabel('Onderwerp')
      .evaluate((el) => el.getBoundingClientRect().bottom);
    const startsLabelTop = await page
      .locator('label[for="spar-now-starts"]')
      .evaluate((el) => el.getBoundingClientRect().top);
    expect(startsLabelTop - topicBottom).toBeGreaterThanOrEqual(16);
    await page.getByLabel('Onderwerp').selectOption({ label: 'Schuldhulpverlening' });
    await page.getByLabel('Begint').selectOption({ label: 'nu' });
    await page
      .getByLabel('E-mailadressen van de deelnemers')
      .fill('chantal@demo.example\ndaan@demo.example');
    await page.getByRole('button', { name: 'Start de sessie' }).click();
    await page.waitForURL(/\/sessies\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Schuldhulpverlening' }).waitFor();
    const invitation = await latestMail(server, 'daan@demo.example', 'invitation');
    expect(invitation.text).toContain('Spar nu');
    expect(invitation.text).toContain(new URL(page.url()).pathname);
  });
});

describe('a coordinator follows a long proposal and cancels it', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    // So many search attempts per person that the proposal runs until it is cancelled.
    server = await startServer({ SEED_DEMO: 'true', ROUND_SEARCH_EFFORT: '100000000' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    server?.cleanup();
  });

  it('shows the phase and best score so far, and a cancel that stops it', async () => {
    const page = await signIn(browser, server, 'coordinator@demo.example');
    await page.goto(`${server.url}${ROUNDS}`);
    await page.getByLabel('Eerste dag van de periode').fill(date(7));
    await page.getByLabel('Laatste dag van de periode').fill(date(35));
    await page.getByRole('button', { name: 'Ronde voorstellen' }).click();

    const progress = page.getByRole('region', { name: 'Voortgang van het voorstel' });
    await progress
      .getByRole('status')
      .getByText('Bezig: zoeken naar betere groepen.')
      .waitFor({ timeout: 60_000 });
    await progress.getByText(/^Beste score tot nu toe: [\d.]+$/).waitFor();
    expect(await page.getByRole('button', { name: 'Groepen worden gemaakt…' }).count()).toBe(1);
    await expectNoAxeViolations(page, `${ROUNDS} (proposal running)`);

    await progress.getByRole('button', { name: 'Voorstel annuleren' }).click();
    await page.getByText('Het voorstel is geannuleerd. Er is niets bewaard.').waitFor();
    expect(await progress.count()).toBe(0);
    await page.getByRole('button', { name: 'Ronde voorstellen' }).waitFor();
    expect(page.url()).not.toContain('ronde=');
    expect(await page.getByRole('heading', { level: 2, name: /^Voorstel voor / }).count()).toBe(0);
  });
});

interface ShownRound {
  id: string;
  groups: { sessionId?: string; members: { userId: string; name: string }[] }[];
}

describe('a coordinator adjusts and commits a round of a small known pool', () => {
  let server: RunningServer;
  let browser: Browser;
  let database: DatabaseHandle;
  let ids: Record<string, string>;
  const nameOf = new Map(TINY_POOL.map((p) => [p.email, p.name]));
  const emailOf = (id: string) => Object.entries(ids).find(([, v]) => v === id)![0];

  beforeAll(async () => {
    server = await startServer();
    database = createDatabase({ dataDir: server.dataDir });
    ids = await seedTinyPool(database, { email: 'coco@tiny.example', name: 'Coco' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await database?.db.destroy();
    await server?.stop();
    server?.cleanup();
  });

  const readRound = async (page: Page, id: string) =>
    (await apiFromPage<ShownRound>(page, 'GET', `/api/rounds/${id}`)).body;
  const isAmsterdam = (id: string) =>
    id === ids['ans@tiny.example'] || id === ids['arie@tiny.example'];
  const groupOf = (round: ShownRound, id: string) =>
    round.groups.findIndex((g) => g.members.some((m) => m.userId === id));
  const activeText = (page: Page) =>
    page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? '');

  it('previews, refuses and confirms swaps and moves, with the focus where the change is; commits; shows the sessions as they stand', async () => {
    const page = await signIn(browser, server, 'coco@tiny.example');
    await page.setViewportSize({ width: 1280, height: 800 });
    const roundId = await proposeRoundOnPage(page, server);
    let round = await readRound(page, roundId);
    // Seven people, groups of three to five, the two from Amsterdam apart: three and four.
    expect(round.groups.map((g) => g.members.length).sort()).toEqual([3, 4]);
    const [ans, arie] = [ids['ans@tiny.example']!, ids['arie@tiny.example']!];
    expect(groupOf(round, ans)).not.toBe(groupOf(round, arie));

    const groups = page.getByRole('article');
    const preview = page.getByRole('region', { name: 'Voorbeeld van de aanpassing' });
    const announced = page.getByRole('status').filter({ hasText: /./ });
    const otherThanAmsterdam = (group: number) =>
      round.groups[group]!.members.map((m) => m.userId).find((id) => !isAmsterdam(id))!;

    const nameById = (id: string) => nameOf.get(emailOf(id))!;
    // A person's "Aanpassen" button in a group's card; it opens the choice, which takes the focus.
    const opener = (group: number, id: string) =>
      groups.nth(group).getByRole('button', { name: `Aanpassen: ${nameById(id)}` });
    const choose = async (group: number, id: string, value: string) => {
      await opener(group, id).click();
      expect(await opener(group, id).getAttribute('aria-expanded')).toBe('true');
      const select = groups.nth(group).locator(`#adjust-${id}`);
      await expect.poll(() => focusedId(page)).toBe(`adjust-${id}`);
      await select.selectOption(value);
      return select;
    };

    // Refused: Arie into Ans's group (swapped with someone of hers) puts Amsterdam twice in it.
    const ansGroup = groupOf(round, ans);
    const arieGroup = groupOf(round, arie);
    const partner = otherThanAmsterdam(ansGroup);
    await choose(arieGroup, arie, `swap:${partner}`);
    await preview
      .getByText(/^Zelfde gemeente: in groep \d/)
      .first()
      .waitFor();
    await preview.getByText('Dit kan niet:').waitFor();
    expect(await preview.getByRole('button', { name: 'Bevestigen' }).count()).toBe(0);
    // The preview stands right under the control it was chosen in, in sight (measured at
    // one moment: the panel scrolls itself into view).
    const place = () =>
      page.evaluate((id) => {
        const control = document.getElementById(id)!.getBoundingClientRect();
        const panel = document
          .querySelector('[aria-labelledby="adjust-preview-heading"]')!
          .getBoundingClientRect();
        return {
          gap: panel.top - control.bottom,
          // (Sub-pixel layout: "nearest" may leave a fraction of a pixel below the fold.)
          inView: panel.top >= 0 && panel.bottom <= window.innerHeight + 1,
        };
      }, `adjust-${arie}`);
    await expect.poll(async () => (await place()).inView).toBe(true);
    const { gap } = await place();
    expect(gap).toBeGreaterThanOrEqual(-2);
    expect(gap).toBeLessThan(100);
    await expectNoAxeViolations(page, `${ROUNDS} (refused swap)`);
    await preview.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => focusedId(page)).toBe(`adjust-${arie}`);
    await announced.getByText('Aanpassing geannuleerd; er is niets veranderd.').waitFor();
    expect(await preview.count()).toBe(0);

    // Allowed: two people from elsewhere change places, by keyboard from the control on.
    const one = otherThanAmsterdam(ansGroup);
    const other = otherThanAmsterdam(arieGroup);
    const select = await choose(ansGroup, one, `swap:${other}`);
    await preview.getByText('Alle harde regels blijven gehouden.').waitFor();
    expect(await preview.innerText()).toMatch(/Score [+−-]?\d/);
    await announced.getByText(/^Alle harde regels blijven gehouden\. Score /).waitFor();
    await expectNoAxeViolations(page, `${ROUNDS} (swap preview, 1280)`);
    await page.setViewportSize({ width: 390, height: 800 });
    expect(await preview.isVisible()).toBe(true);
    // On a phone the panel fits the width: nothing to scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await expectNoAxeViolations(page, `${ROUNDS} (swap preview, 390)`);
    await page.setViewportSize({ width: 1280, height: 800 });
    await select.focus();
    await page.keyboard.press('Tab');
    expect(await activeText(page)).toBe('Bevestigen');
    await page.keyboard.press('Enter');
    await opener(arieGroup, one).waitFor();
    await opener(ansGroup, other).waitFor();
    await expect.poll(() => focusedId(page)).toBe(`round-group-${arieGroup + 1}`);
    await announced
      .getByText(
        `Gewisseld: ${nameById(one)} staat nu in groep ${arieGroup + 1}, ${nameById(other)} in groep ${ansGroup + 1}.`,
      )
      .waitFor();
    round = await readRound(page, roundId);
    expect(groupOf(round, one)).toBe(arieGroup);
    expect(groupOf(round, other)).toBe(ansGroup);

    // A move from the group of four to the group of three, confirmed with a click.
    const big = round.groups.findIndex((g) => g.members.length === 4);
    const small = 1 - big;
    const mover = otherThanAmsterdam(big);
    await choose(big, mover, `move:${small}`);
    await preview.getByRole('button', { name: 'Bevestigen' }).click();
    await opener(small, mover).waitFor();
    await expect.poll(() => focusedId(page)).toBe(`round-group-${small + 1}`);
    await announced
      .getByText(`Aangepast: ${nameOf.get(emailOf(mover))} staat nu in groep ${small + 1}.`)
      .waitFor();

    // Lock the group the move went to; the new search keeps it and says so where the focus is.
    const target = groups.nth(small);
    await target.getByRole('button', { name: 'Groep vastzetten' }).click();
    await target.getByRole('button', { name: 'Vastgezet' }).waitFor();
    await announced.getByText(`Groep ${small + 1} is vastgezet.`).waitFor();
    // The focus stays on the toggle, which now says it is pressed.
    expect(await activeText(page)).toBe('Vastgezet');
    const locked = (await readRound(page, roundId)).groups[small]!.members.map((m) => m.userId);
    await page.getByRole('button', { name: 'Opnieuw zoeken rond vastgezette groepen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'de vastgezette groepen zijn gebleven' })
      .waitFor({ timeout: 60_000 });
    await expect.poll(() => activeText(page)).toContain('de vastgezette groepen zijn gebleven');
    round = await readRound(page, roundId);
    const lockedNow = round.groups.findIndex((g) => g.members.some((m) => m.userId === locked[0]));
    expect(round.groups[lockedNow]!.members.map((m) => m.userId)).toEqual(locked);

    // Commit: the focus goes to the confirmation.
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Ronde vastleggen');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: /^Vastgelegde ronde van / }).waitFor();
    await expect.poll(() => activeText(page)).toMatch(/Vastgelegd op \d/);
    round = await readRound(page, roundId);

    // The inviter sends the invitations within seconds; then one accepts, one declines.
    const status = (group: number) =>
      groups.nth(group).getByRole('region', { name: `Sessie van groep ${group + 1}` });
    const four = round.groups.findIndex((g) => g.members.length === 4);
    await expect
      .poll(
        async () => {
          await page.reload();
          await status(four).waitFor();
          return status(four).innerText();
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toMatch(/Uitgenodigd: 4 · komt: 0 · komt niet: 0 · nog geen antwoord: 4/);
    const [yes, no] = round.groups[four]!.members.map((m) => m.userId);
    const reply = async (userId: string, button: string, index: number) => {
      const mail = await latestMail(server, emailOf(userId), 'invitation');
      const links = [...new Set(mail.text.match(/https?:\/\/\S+\/antwoord\/\S+/g))];
      const visitor = await (await browser.newContext()).newPage();
      await visitor.goto(links[index]!);
      await visitor.getByRole('button', { name: button }).click();
      await visitor
        .getByRole('status')
        .filter({ hasText: /Bevestigd: je komt|Je bent afgemeld/ })
        .waitFor();
      await visitor.context().close();
    };
    await reply(yes!, 'Ja, ik kom: bevestigen', 0);
    await reply(no!, 'Afmelden: bevestigen', 1);

    await page.reload();
    const session = status(four);
    await expect.poll(() => session.innerText()).toMatch(/komt: 1 · komt niet: 1 · /);
    await session.getByText(`${nameOf.get(emailOf(yes!))}: komt`, { exact: true }).waitFor();
    await session.getByText(`${nameOf.get(emailOf(no!))}: komt niet`, { exact: true }).waitFor();
    expect(await session.innerText()).toMatch(/Gepland: \w+dag \d+ \w+ \d{4}, \d\d:\d\d–\d\d:\d\d/);
    await expectNoAxeViolations(page, `${ROUNDS} (committed, sessions)`);
  });
});
