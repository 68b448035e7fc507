import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryPage } from '@ods/shared/api/library';
import type { SummaryContent, SummaryView } from '@ods/shared/api/summaries';
import { Agent } from '../../test-support/agent.ts';
import { createSession, createUser } from '../../test-support/fixtures.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';

type Attribution = 'name-and-municipality' | 'size-class-and-region' | 'hidden';

const text = (question: string, insights: string): SummaryContent => ({
  question,
  insights,
  exchange: [],
  advice: 'Spreek vooraf af wie wat doet.',
  takeaways: '',
  followUps: '',
});

/** Publishes a summary through the API: the first participant writes it, all agree. */
async function publish(
  t: TestApp,
  people: { agent: Agent; id: string; shown: Attribution }[],
  session: { topic: string; startsAt: string },
  content: SummaryContent,
): Promise<string> {
  const sessionId = await createSession(t.app, {
    participants: people.map((p) => ({ userId: p.id })),
    state: 'held',
    ...session,
  });
  const writer = people[0]!.agent;
  const saved = await writer.request('PUT', `/api/sessions/${sessionId}/summary`, {
    version: 0,
    content,
  });
  const { version } = saved.json<SummaryView>();
  for (const p of people) {
    const response = await p.agent.request('POST', `/api/sessions/${sessionId}/summary/consent`, {
      version,
      attribution: p.shown,
      confirmedWarnings: [],
    });
    expect(response.statusCode, response.body).toBe(200);
  }
  return sessionId;
}

describe.each(testDialects())('library (%s)', (dialect) => {
  let t: TestApp;
  let reader: Agent;
  let ids: { march: string; june: string; september: string };
  let readerId: string;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    const person = async (email: string, name: string, organisationId: string) => {
      const id = await createUser(t.app, { email, name, organisationId });
      const agent = new Agent(t.app);
      await agent.signIn(email);
      return { id, agent };
    };
    const anna = await person('anna@utrecht.example', 'Anna', 'GM0344'); // grootste, Midden-Utrecht
    const bram = await person('bram@schier.example', 'Bram', 'GM0088'); // klein, Friesland
    const chantal = await person('chantal@aa.example', 'Chantal', 'GM1680'); // middelgroot, Groningen
    const dirk = await person('dirk@almere.example', 'Dirk', 'GM0034'); // zeer-groot, Flevoland
    const lezer = await person('lezer@example.nl', 'Lezer', 'GM0363');
    reader = lezer.agent;
    readerId = lezer.id;
    ids = {
      march: await publish(
        t,
        [
          { ...anna, shown: 'name-and-municipality' },
          { ...bram, shown: 'size-class-and-region' },
        ],
        { topic: 'schuldhulpverlening', startsAt: '2026-03-10T09:00:00.000Z' },
        text('Hoe kort je de wachtlijst voor schuldhulp in?', 'Een vast intaketeam helpt.'),
      ),
      june: await publish(
        t,
        [
          { ...chantal, shown: 'size-class-and-region' },
          { ...dirk, shown: 'hidden' },
        ],
        { topic: 'jeugdhulp', startsAt: '2026-06-15T09:00:00.000Z' },
        text(
          'Wat doe je met een thuiszitter op de wachtlijst?',
          'Onderwijs en jeugdhulp samen aan tafel.',
        ),
      ),
      september: await publish(
        t,
        [
          { ...chantal, shown: 'name-and-municipality' },
          { ...anna, shown: 'hidden' },
        ],
        { topic: 'schuldhulpverlening', startsAt: '2026-09-01T09:00:00.000Z' },
        text(
          'Hoe zet je een budgetcoach in bij energieschulden?',
          'Koppel de coach aan de energieleverancier.',
        ),
      ),
    };
  });
  afterEach(async () => t.close());

  async function find(query: string): Promise<string[]> {
    const response = await reader.request('GET', `/api/library?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<LibraryPage>().items.map((item) => item.id);
  }

  it('finds summaries by their words, newest first among equally useful ones', async () => {
    expect(await find('q=wachtlijst')).toEqual([ids.june, ids.march]);
    expect(await find('q=budgetcoach')).toEqual([ids.september]);
    expect(await find('q=Budgetcoach+energieschulden')).toEqual([ids.september]);
    expect(await find('q=wachtlijst+budgetcoach')).toEqual([]);
    expect(await find('q=gemeentehuis')).toEqual([]);
    expect(await find('')).toEqual([ids.september, ids.june, ids.march]);
  });

  it('filters by topic, size class, region and date, alone and together with words', async () => {
    expect(await find('topic=jeugdhulp')).toEqual([ids.june]);
    expect(await find('sizeClass=klein')).toEqual([ids.march]);
    expect(await find('sizeClass=middelgroot')).toEqual([ids.september, ids.june]);
    // Dirk and Anna chose 'hidden' there: their size class and region do not count.
    expect(await find('sizeClass=zeer-groot')).toEqual([]);
    expect(await find('region=Groningen')).toEqual([ids.september, ids.june]);
    expect(await find('region=Midden-Utrecht')).toEqual([ids.march]);
    expect(await find('from=2026-06-01&to=2026-12-31')).toEqual([ids.september, ids.june]);
    expect(await find('from=2026-06-16')).toEqual([ids.september]);
    expect(await find('to=2026-06-15')).toEqual([ids.june, ids.march]);
    expect(await find('q=wachtlijst&topic=schuldhulpverlening')).toEqual([ids.march]);
    expect(await find('q=wachtlijst&region=Groningen&from=2026-01-01&to=2026-12-31')).toEqual([
      ids.june,
    ]);
  });

  it('puts the most useful first; one mark per person, which they can take back', async () => {
    const url = `/api/library/${ids.march}/useful`;
    expect((await reader.request('PUT', url)).json()).toEqual({
      usefulCount: 1,
      markedUseful: true,
    });
    expect((await reader.request('PUT', url)).json()).toEqual({
      usefulCount: 1,
      markedUseful: true,
    });
    expect(await find('q=wachtlijst')).toEqual([ids.march, ids.june]);
    expect(await find('')).toEqual([ids.march, ids.september, ids.june]);
    const page = (await reader.request('GET', '/api/library?q=wachtlijst')).json<LibraryPage>();
    expect(page.items[0]).toMatchObject({ usefulCount: 1, markedUseful: true });
    expect((await reader.request('DELETE', url)).json()).toEqual({
      usefulCount: 0,
      markedUseful: false,
    });
    expect(await find('q=wachtlijst')).toEqual([ids.june, ids.march]);
  });

  it('pages through the results, page numbers as the address gives them', async () => {
    // 25 more published summaries: two pages of 20.
    for (let i = 0; i < 25; i++) {
      await t.app.db
        .insertInto('sparring_sessions')
        .values({
          id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          round_id: null,
          topic_slug: 'jeugdhulp',
          case_id: null,
          state: 'held',
          cancel_reason: null,
          starts_at: '2025-01-01T09:00:00.000Z',
          ends_at: '2025-01-01T10:00:00.000Z',
          room_name: `room-page-${i}`,
          created_at: '2025-01-01T09:00:00.000Z',
          updated_at: '2025-01-01T09:00:00.000Z',
        })
        .execute();
    }
    const sessions = await t.app.db
      .selectFrom('sparring_sessions')
      .select('id')
      .where('room_name', 'like', 'room-page-%')
      .execute();
    for (const { id } of sessions) {
      await t.app.db
        .insertInto('summaries')
        .values({
          session_id: id,
          question: 'Extra',
          created_at: 'x',
          updated_at: 'x',
          updated_by: null,
          finalised_at: null,
        })
        .execute();
      await t.app.db
        .insertInto('library_entries')
        .values({
          session_id: id,
          topic_slug: 'jeugdhulp',
          held_on: '2025-01-01',
          published_at: '2025-01-01T10:00:00.000Z',
          title: 'Extra',
          search_text: 'Extra thuiszitter',
        })
        .execute();
    }
    const page = async (query: string) =>
      (await reader.request('GET', `/api/library?${query}`)).json<LibraryPage>();
    const first = await page('q=thuiszitter');
    expect(first).toMatchObject({ page: 1, hasMore: true });
    expect(first.items).toHaveLength(20);
    expect(first.items[0]!.id).toBe(ids.june);
    const second = await page('q=thuiszitter&page=2');
    expect(second).toMatchObject({ page: 2, hasMore: false });
    expect(second.items).toHaveLength(6);
    expect((await reader.request('GET', '/api/library?page=0')).statusCode).toBe(400);
  });

  it('shows a result as each participant chose, with a passage around the search word', async () => {
    const page = (await reader.request('GET', '/api/library?q=thuiszitter')).json<LibraryPage>();
    expect(page).toMatchObject({ page: 1, hasMore: false });
    expect(page.items[0]).toMatchObject({
      id: ids.june,
      title: 'Wat doe je met een thuiszitter op de wachtlijst?',
      topic: { slug: 'jeugdhulp' },
      heldOn: '2026-06-15',
      contributors: [
        {
          shownAs: 'size-class-and-region',
          name: null,
          sizeClass: 'middelgroot',
          region: 'Groningen',
        },
      ],
      hiddenCount: 1,
    });
    expect(JSON.stringify(page)).not.toContain('Dirk');
    expect(JSON.stringify(page)).not.toContain('Chantal');
  });

  it('answers 404 for a summary that is not published, and refuses anonymous readers', async () => {
    const unpublished = await createSession(t.app, {
      participants: [{ userId: readerId }],
      startsAt: '2026-10-01T09:00:00.000Z',
      state: 'held',
    });
    expect((await reader.request('GET', `/api/library/${unpublished}`)).statusCode).toBe(404);
    expect((await reader.request('PUT', `/api/library/${unpublished}/useful`)).statusCode).toBe(
      404,
    );
    const anonymous = new Agent(t.app);
    expect((await anonymous.request('GET', '/api/library?q=wachtlijst')).statusCode).toBe(401);
  });
});
