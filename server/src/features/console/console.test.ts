import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  CaseDetails,
  CaseInput,
  InvitationList,
  NetworkDetails,
  NetworkList,
  NetworkOverview,
  NetworkSummary,
  Profile,
  Round,
} from '@ods/shared';
import type { LibraryEntry, LibraryPage } from '@ods/shared/api/library';
import { Agent } from '../../test-support/agent.ts';
import { createUser } from '../../test-support/fixtures.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import { createWorld } from '../../test-support/world.ts';

describe.each(testDialects())(
  'the console: networks, organisations, topics, invitations (%s)',
  (dialect) => {
    let t: TestApp;
    let admin: Agent;
    beforeEach(async () => {
      t = await createTestApp(dialect);
      await createUser(t.app, { email: 'bea@beheer.nl', name: 'Bea', role: 'admin' });
      admin = new Agent(t.app);
      await admin.signIn('bea@beheer.nl');
    });
    afterEach(async () => t.close());

    async function networkWithCoordinator(name: string, email: string) {
      const created = await admin.request('POST', '/api/console/networks', { name });
      expect(created.statusCode, created.body).toBe(201);
      const network = created.json<NetworkSummary>();
      await createUser(t.app, { email, name: email.split('@')[0] });
      const appointed = await admin.request(
        'POST',
        `/api/console/networks/${network.id}/coordinators`,
        { email },
      );
      expect(appointed.statusCode, appointed.body).toBe(200);
      const agent = new Agent(t.app);
      await agent.signIn(email);
      return { id: network.id, agent };
    }

    it('lets the admin create networks and appoint coordinators, who see only their own', async () => {
      const a = await networkWithCoordinator('Sociaal domein Gelderland', 'gert@arnhem.nl');
      const b = await networkWithCoordinator('Sociaal domein Groningen', 'greet@groningen.nl');
      const listA = (await a.agent.request('GET', '/api/console/networks')).json<NetworkList>();
      expect(listA.networks.map((n) => n.name)).toEqual(['Sociaal domein Gelderland']);
      expect(listA.networks[0]!.coordinators).toEqual([
        expect.objectContaining({ name: 'gert', email: 'gert@arnhem.nl' }),
      ]);
      const all = (await admin.request('GET', '/api/console/networks')).json<NetworkList>();
      expect(all.networks).toHaveLength(2);
      expect((await a.agent.request('GET', `/api/console/networks/${b.id}`)).statusCode).toBe(404);
      // A coordinator cannot make networks or appoint anyone.
      expect(
        (await a.agent.request('POST', '/api/console/networks', { name: 'Eigen netwerk' }))
          .statusCode,
      ).toBe(403);
      const twice = await admin.request('POST', '/api/console/networks', {
        name: 'Sociaal domein Gelderland',
      });
      expect(twice.statusCode).toBe(400);
      expect(twice.json()).toMatchObject({
        fields: { name: 'Er is al een netwerk met deze naam.' },
      });
      const unknown = await admin.request('POST', `/api/console/networks/${a.id}/coordinators`, {
        email: 'niemand@nergens.nl',
      });
      expect(unknown.statusCode).toBe(400);
      // Dismissed from their only network, a coordinator is a participant again.
      const gert = await t.app.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'gert@arnhem.nl')
        .executeTakeFirstOrThrow();
      const dismissed = await admin.request(
        'DELETE',
        `/api/console/networks/${a.id}/coordinators/${gert.id}`,
      );
      expect(dismissed.json<NetworkSummary>().coordinators).toEqual([]);
      expect((await a.agent.request('GET', '/api/console/networks')).statusCode).toBe(403);
    });

    it('manages member organisations and their mail domains, one organisation per domain', async () => {
      const a = await networkWithCoordinator('Netwerk Oost', 'gert@arnhem.nl');
      const put = (organisationId: string, domains: string[]) =>
        a.agent.request('PUT', `/api/console/networks/${a.id}/organisations/${organisationId}`, {
          domains,
        });
      const added = await put('GM0202', ['arnhem.nl']);
      expect(added.statusCode, added.body).toBe(200);
      await put('GM0200', ['apeldoorn.nl', 'werkbedrijf-apeldoorn.nl']);
      const details = (
        await put('GM0202', ['arnhem.nl', 'gemeente-arnhem.nl'])
      ).json<NetworkDetails>();
      expect(details.organisations).toEqual([
        expect.objectContaining({
          id: 'GM0200',
          municipalityName: 'Apeldoorn',
          domains: ['apeldoorn.nl', 'werkbedrijf-apeldoorn.nl'],
        }),
        expect.objectContaining({ id: 'GM0202', domains: ['arnhem.nl', 'gemeente-arnhem.nl'] }),
      ]);
      const clash = await put('GM0202', ['apeldoorn.nl']);
      expect(clash.statusCode).toBe(400);
      expect(clash.json<{ fields: Record<string, string> }>().fields.domains).toContain(
        'apeldoorn.nl',
      );
      expect((await put('GM0202', ['geen domein'])).statusCode).toBe(400);
      expect((await put('GM9999', [])).statusCode).toBe(404);
      const removed = await a.agent.request(
        'DELETE',
        `/api/console/networks/${a.id}/organisations/GM0200`,
      );
      expect(removed.json<NetworkDetails>().organisations.map((o) => o.id)).toEqual(['GM0202']);
    });

    it('adds, renames, merges and retires topics without breaking profiles or what a round sees', async () => {
      const a = await networkWithCoordinator('Netwerk West', 'wim@utrecht.nl');
      await a.agent.request('PUT', `/api/console/networks/${a.id}/organisations/GM0344`, {
        domains: [],
      });
      await a.agent.request('PUT', `/api/console/networks/${a.id}/organisations/GM0363`, {
        domains: [],
      });
      await a.agent.request('PUT', `/api/console/networks/${a.id}/organisations/GM0599`, {
        domains: [],
      });
      // Three people on debt assistance, three on a topic that will be merged into it.
      const people = [
        ['ann@utrecht.nl', 'GM0344', 'schuldhulpverlening'],
        ['bob@amsterdam.nl', 'GM0363', 'schuldhulpverlening'],
        ['cas@rotterdam.nl', 'GM0599', 'schuldhulpverlening'],
        ['dee@utrecht.nl', 'GM0344', 'armoede-minimabeleid'],
        ['eva@amsterdam.nl', 'GM0363', 'armoede-minimabeleid'],
        ['fay@rotterdam.nl', 'GM0599', 'armoede-minimabeleid'],
      ] as const;
      for (const [email, organisationId, slug] of people)
        await createUser(t.app, { email, organisationId, topics: [{ slug, level: 'ervaren' }] });

      const topics = (id: string) =>
        a.agent.request('GET', `/api/console/networks/${id}`).then((r) => r.json<NetworkDetails>());
      const added = await a.agent.request('POST', `/api/console/networks/${a.id}/topics`, {
        nameNl: 'Ouderen en eenzaamheid',
      });
      expect(added.statusCode, added.body).toBe(200);
      expect((await topics(a.id)).topics).toContainEqual(
        expect.objectContaining({ slug: 'ouderen-en-eenzaamheid', state: 'active' }),
      );
      await a.agent.request('PUT', `/api/console/networks/${a.id}/topics/schuldhulpverlening`, {
        nameNl: 'Schulden',
        nameEn: 'Debts',
      });
      const merged = await a.agent.request(
        'POST',
        `/api/console/networks/${a.id}/topics/armoede-minimabeleid/merge`,
        { into: 'schuldhulpverlening' },
      );
      expect(merged.statusCode, merged.body).toBe(200);
      const after = (await topics(a.id)).topics;
      expect(after).toContainEqual({
        slug: 'schuldhulpverlening',
        name: { nl: 'Schulden', en: 'Debts' },
        state: 'active',
        mergedInto: null,
      });
      expect(after).toContainEqual(
        expect.objectContaining({ slug: 'armoede-minimabeleid', state: 'merged' }),
      );
      // A name the installation has already is that topic, and it is in the list already.
      const again = await a.agent.request('POST', `/api/console/networks/${a.id}/topics`, {
        nameNl: 'wonen en zorg',
      });
      expect(again.statusCode).toBe(400);
      expect(JSON.stringify(again.json())).toContain('staat al in de lijst');
      const intoRetired = await a.agent.request(
        'POST',
        `/api/console/networks/${a.id}/topics/ouderen-en-eenzaamheid/merge`,
        { into: 'armoede-minimabeleid' },
      );
      expect(intoRetired.statusCode).toBe(400);

      // The round groups all six on one topic; their profiles keep their own topic.
      const round = await a.agent.request('POST', '/api/rounds', {
        periodStart: '2026-12-01',
        periodEnd: '2026-12-31',
        seed: 3,
      });
      expect(round.statusCode, round.body).toBe(201);
      const groups = round.json<Round>().groups;
      expect(groups.flatMap((g) => g.members)).toHaveLength(6);
      expect(new Set(groups.map((g) => g.topic.slug))).toEqual(new Set(['schuldhulpverlening']));
      const dee = new Agent(t.app);
      await dee.signIn('dee@utrecht.nl');
      expect((await dee.request('GET', '/api/profile')).json<Profile>().topics).toEqual([
        { slug: 'armoede-minimabeleid', level: 'ervaren' },
      ]);

      // Retired: no longer in the network's rounds, still in the installation's taxonomy.
      await a.agent.request(
        'POST',
        `/api/console/networks/${a.id}/topics/schuldhulpverlening/retire`,
      );
      const none = await a.agent.request('POST', '/api/rounds', {
        periodStart: '2026-12-01',
        periodEnd: '2026-12-31',
        seed: 3,
      });
      expect(none.json<Round>().groups).toEqual([]);
      const all = (await dee.request('GET', '/api/topics')).json<{ slug: string }[]>();
      expect(all.map((x) => x.slug)).toContain('schuldhulpverlening');
    });

    it('merges and retires a topic without breaking the cases and published summaries on it', async () => {
      // The world's draft case and published summary are both on debt assistance.
      const world = await createWorld(t, { published: true });
      const coordinator = world.agents.coordinator;
      const owner = world.agents.participant;
      const base = `/api/console/networks/${world.networkId}`;
      const published = async () => {
        const response = await coordinator.request('GET', `${base}/overview?year=2026`);
        expect(response.statusCode, response.body).toBe(200);
        return response.json<NetworkOverview>().publishedPerTopic.map((row) => row.slug);
      };
      expect(await published()).toContain('schuldhulpverlening');
      const merged = await coordinator.request('POST', `${base}/topics/schuldhulpverlening/merge`, {
        into: 'jeugdhulp',
      });
      expect(merged.statusCode, merged.body).toBe(200);
      // The overview counts the summary under the topic it was merged into.
      const after = await published();
      expect(after).toContain('jeugdhulp');
      expect(after).not.toContain('schuldhulpverlening');
      expect(
        (await coordinator.request('POST', `${base}/topics/jeugdhulp/retire`)).statusCode,
      ).toBe(200);

      // The summary is still in the library under its own topic, found by it and readable.
      const debt = {
        slug: 'schuldhulpverlening',
        name: expect.objectContaining({ nl: 'Schuldhulpverlening' }),
      };
      const found = await owner.request('GET', '/api/library?topic=schuldhulpverlening');
      expect(found.statusCode, found.body).toBe(200);
      expect(found.json<LibraryPage>().items).toEqual([
        expect.objectContaining({ id: world.libraryId, topic: debt }),
      ]);
      const entry = await owner.request('GET', `/api/library/${world.libraryId}`);
      expect(entry.statusCode, entry.body).toBe(200);
      expect(entry.json<LibraryEntry>().topic).toEqual(debt);

      // The owner's draft case opens and saves with its topic, and goes on to ready.
      const opened = await owner.request('GET', `/api/cases/${world.caseId}`);
      expect(opened.statusCode, opened.body).toBe(200);
      const draft = opened.json<CaseDetails>();
      expect(draft.topic.slug).toBe('schuldhulpverlening');
      const saved = await owner.request('PUT', `/api/cases/${world.caseId}`, {
        title: draft.title,
        topic: draft.topic.slug,
        situation: `${draft.situation} Het gezin heeft twee kinderen.`,
        question: draft.question,
      } satisfies CaseInput);
      expect(saved.statusCode, saved.body).toBe(200);
      expect(
        (
          await owner.request('POST', `/api/cases/${world.caseId}/ready`, {
            confirmedWarnings: [],
          })
        ).statusCode,
      ).toBe(200);
    });

    it('invites a colleague by mail, fills in their organisation, and ends an invitation', async () => {
      const a = await networkWithCoordinator('Netwerk Noord', 'greet@groningen.nl');
      await a.agent.request('PUT', `/api/console/networks/${a.id}/organisations/GM0014`, {
        domains: ['groningen.nl'],
      });
      const invite = (email: string, organisationId = 'GM0014') =>
        a.agent.request('POST', `/api/console/networks/${a.id}/invitations`, {
          email,
          organisationId,
        });
      const sent = await invite('Nieuw@Voorbeeld.nl');
      expect(sent.statusCode, sent.body).toBe(201);
      expect(sent.json<InvitationList>().invitations).toEqual([
        expect.objectContaining({
          email: 'nieuw@voorbeeld.nl',
          organisationName: 'Gemeente Groningen',
        }),
      ]);
      const mail = await t.app.db
        .selectFrom('outbox')
        .selectAll()
        .where('kind', '=', 'network-invitation')
        .executeTakeFirstOrThrow();
      expect(mail.to_address).toBe('nieuw@voorbeeld.nl');
      expect(mail.subject).toBe('Uitnodiging: spar mee in Netwerk Noord');
      expect(mail.text_body).toContain('/inloggen?email=nieuw%40voorbeeld.nl');
      expect(mail.text_body).toContain('Gemeente Groningen');
      // Not a member organisation of this network: refused.
      expect((await invite('ander@utrecht.nl', 'GM0344')).statusCode).toBe(400);

      // The invited colleague signs in (their address says nothing about their organisation):
      // the profile form starts with the one they were invited for.
      const newcomer = new Agent(t.app);
      await newcomer.signIn('nieuw@voorbeeld.nl');
      const profile = (await newcomer.request('GET', '/api/profile')).json<Profile>();
      expect(profile).toMatchObject({
        organisationId: 'GM0014',
        organisationName: 'Gemeente Groningen',
      });

      const second = await invite('later@voorbeeld.nl');
      const id = second
        .json<InvitationList>()
        .invitations.find((i) => i.email === 'later@voorbeeld.nl')!.id;
      const ended = await a.agent.request(
        'POST',
        `/api/console/networks/${a.id}/invitations/${id}/end`,
      );
      expect(ended.json<InvitationList>().invitations.map((i) => i.email)).toEqual([
        'nieuw@voorbeeld.nl',
      ]);
      // Ending again answers the same.
      const again = await a.agent.request(
        'POST',
        `/api/console/networks/${a.id}/invitations/${id}/end`,
      );
      expect(again.json()).toEqual(ended.json());
      const later = new Agent(t.app);
      await later.signIn('later@voorbeeld.nl');
      expect(
        (await later.request('GET', '/api/profile')).json<Profile>().organisationId,
      ).toBeNull();
    });
  },
);
