import { randomUUID } from 'node:crypto';
import { fakerNL as faker } from '@faker-js/faker';
import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import { appointCoordinator, createNetwork } from '../../domain/networks/networks.repository.ts';

export const DEMO_DOMAIN = 'demo.example';
export const DEMO_COORDINATOR_EMAIL = `coordinator@${DEMO_DOMAIN}`;
export const DEMO_ADMIN_EMAIL = `beheer@${DEMO_DOMAIN}`;
/** The coordinator of the second demo network. */
export const DEMO_NORTH_COORDINATOR_EMAIL = `coordinator.noord@${DEMO_DOMAIN}`;

/**
 * The two demo networks, between them every province: the demo coordinator runs the first,
 * the second has its own coordinator, so each sees only their own network's people.
 */
export const DEMO_NETWORKS = [
  {
    name: 'Sociaal domein Zuid en West',
    provinceCodes: ['PV26', 'PV27', 'PV28', 'PV29', 'PV30', 'PV31'],
    coordinator: DEMO_COORDINATOR_EMAIL,
  },
  {
    name: 'Sociaal domein Noord en Oost',
    provinceCodes: ['PV20', 'PV21', 'PV22', 'PV23', 'PV24', 'PV25'],
    coordinator: DEMO_NORTH_COORDINATOR_EMAIL,
  },
] as const;
/** A few participants with easy addresses, whose sign-in links a newcomer finds in the outbox. */
export const DEMO_PARTICIPANT_EMAILS = [
  'anna@demo.example',
  'bram@demo.example',
  'chantal@demo.example',
  'daan@demo.example',
];

/** The fixed accounts are called as their address says, so a newcomer knows who is who. */
const FIXED_NAMES: Record<string, string> = {
  [DEMO_COORDINATOR_EMAIL]: 'Coco Coördinator',
  [DEMO_ADMIN_EMAIL]: 'Bea Beheer',
  'anna@demo.example': 'Anna de Graaf',
  'bram@demo.example': 'Bram Jansen',
  'chantal@demo.example': 'Chantal Bakker',
  'daan@demo.example': 'Daan Visser',
};

const KINDS_OF_ORGANISATION = [
  'Welzijnsstichting',
  'Stichting Sociaal Werk',
  'Zorgcoöperatie',
  'Schuldhulpmaatje',
  'Jeugdteam',
];
const JOB_TITLES = [
  'Consulent Wmo',
  'Jeugdconsulent',
  'Beleidsadviseur sociaal domein',
  'Klantmanager werk en inkomen',
  'Schuldhulpverlener',
  'Wijkteammedewerker',
  'Casusregisseur',
  'Teamleider toegang',
  'Contractmanager',
];
const HALF_DAYS = [
  { start: 9 * 60, end: 12 * 60 },
  { start: 13 * 60, end: 17 * 60 },
];

/**
 * A few hundred fictional professionals spread over the real municipalities by population,
 * with topics and availability, so matching can be seen working at once. Names come from a
 * faker with the Dutch locale; addresses use the reserved .example domain, so no mail can
 * reach a real person.
 */
export async function seedDemoData(
  db: Kysely<Database>,
  options: { now: Date; seed: number; people?: number },
): Promise<void> {
  faker.seed(options.seed);
  const stamp = options.now.toISOString();
  const municipalities = await db
    .selectFrom('municipalities')
    .select(['code', 'name', 'population', 'province_code'])
    .execute();
  const topics = (await db.selectFrom('topics').select('slug').orderBy('slug').execute()).map(
    (t) => t.slug,
  );
  const total = municipalities.reduce((sum, m) => sum + m.population, 0);
  const pickMunicipality = () => {
    let ticket = faker.number.int({ min: 0, max: total - 1 });
    for (const m of municipalities) {
      ticket -= m.population;
      if (ticket < 0) return m;
    }
    return municipalities[municipalities.length - 1]!;
  };

  await db.transaction().execute(async (trx) => {
    const organisations: { id: string; municipalityCode: string; domain: string }[] = [];
    for (const m of municipalities)
      organisations.push({
        id: m.code,
        municipalityCode: m.code,
        domain: `${slugify(m.name)}.gemeente.${DEMO_DOMAIN}`,
      });
    for (let i = 0; i < 30; i += 1) {
      const m = pickMunicipality();
      const id = `demo-org-${i + 1}`;
      const name = `${faker.helpers.arrayElement(KINDS_OF_ORGANISATION)} ${m.name} (fictief)`;
      await trx
        .insertInto('organisations')
        .values({ id, name, kind: 'organisatie', municipality_code: m.code })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      organisations.push({
        id,
        municipalityCode: m.code,
        domain: `${slugify(name)}.${DEMO_DOMAIN}`,
      });
    }
    await trx
      .insertInto('organisation_domains')
      .values(organisations.map((o) => ({ domain: o.domain, organisation_id: o.id })))
      .onConflict((oc) => oc.columns(['domain', 'organisation_id']).doNothing())
      .execute();
    const byMunicipality = new Map<string, typeof organisations>();
    for (const o of organisations)
      byMunicipality.set(o.municipalityCode, [
        ...(byMunicipality.get(o.municipalityCode) ?? []),
        o,
      ]);

    const people = options.people ?? 300;
    const fixed = [DEMO_COORDINATOR_EMAIL, DEMO_ADMIN_EMAIL, ...DEMO_PARTICIPANT_EMAILS];
    for (let i = 0; i < people + fixed.length; i += 1) {
      const m = pickMunicipality();
      const organisation = faker.helpers.arrayElement(byMunicipality.get(m.code)!);
      const firstName = faker.person.firstName();
      const lastName = faker.person.lastName();
      const email =
        fixed[i] ?? `${slugify(`${firstName}.${lastName}`)}.${i}@${organisation.domain}`;
      const id = randomUUID();
      const role =
        email === DEMO_COORDINATOR_EMAIL
          ? 'coordinator'
          : email === DEMO_ADMIN_EMAIL
            ? 'admin'
            : 'participant';
      await trx
        .insertInto('users')
        .values({
          id,
          email,
          name: FIXED_NAMES[email] ?? `${firstName} ${lastName}`,
          role,
          organisation_id: organisation.id,
          organisation_verified: email.endsWith(organisation.domain) ? 1 : 0,
          job_title: faker.helpers.arrayElement(JOB_TITLES),
          frequency_weeks: faker.helpers.arrayElement([2, 4, 4, 8]),
          house_rules_accepted_at: stamp,
          profile_completed_at: stamp,
          paused_until: null,
          created_at: stamp,
          updated_at: stamp,
          // Every third professional (and the demo participants) also spars beyond their network.
          open_to_other_networks: i % 3 === 0 || DEMO_PARTICIPANT_EMAILS.includes(email) ? 1 : 0,
        })
        .execute();
      const chosen = faker.helpers.arrayElements(topics, { min: 1, max: 4 });
      await trx
        .insertInto('user_topics')
        .values(
          chosen.map((slug) => ({
            user_id: id,
            topic_slug: slug,
            level: faker.datatype.boolean({ probability: 0.6 }) ? 'ervaren' : 'wil-leren',
          })),
        )
        .execute();
      const blocks = faker.helpers.arrayElements(
        [1, 2, 3, 4, 5].flatMap((weekday) => HALF_DAYS.map((h) => ({ weekday, ...h }))),
        { min: 2, max: 5 },
      );
      await trx
        .insertInto('user_availability')
        .values(
          blocks.map((b) => ({
            user_id: id,
            weekday: b.weekday,
            start_minute: b.start,
            end_minute: b.end,
          })),
        )
        .execute();
    }
    await seedNetworks(trx, organisations, municipalities, options.now);
  });
}

/** The two demo networks by province, their coordinators, and a second coordinator's account. */
async function seedNetworks(
  trx: Kysely<Database>,
  organisations: { id: string; municipalityCode: string; domain: string }[],
  municipalities: { code: string; province_code: string }[],
  now: Date,
): Promise<void> {
  const stamp = now.toISOString();
  await trx
    .insertInto('users')
    .values({
      id: randomUUID(),
      email: DEMO_NORTH_COORDINATOR_EMAIL,
      name: 'Noor Noord',
      role: 'participant',
      organisation_id: 'GM0014',
      job_title: 'Programmaleider sociaal domein',
      house_rules_accepted_at: stamp,
      profile_completed_at: stamp,
      paused_until: null,
      created_at: stamp,
      updated_at: stamp,
      // Staff who do not spar themselves have left the pool.
      pool_status: 'left',
    })
    .execute();
  const provinceOf = new Map(municipalities.map((m) => [m.code, m.province_code]));
  for (const network of DEMO_NETWORKS) {
    const provinces: readonly string[] = network.provinceCodes;
    const members = organisations.filter((o) =>
      provinces.includes(provinceOf.get(o.municipalityCode) ?? ''),
    );
    const id = await createNetwork(
      trx,
      { name: network.name, organisationIds: members.map((o) => o.id) },
      now,
    );
    await trx
      .insertInto('network_domains')
      .values(members.map((o) => ({ network_id: id, organisation_id: o.id, domain: o.domain })))
      // Two fictional organisations can share a name, and so a domain: the first keeps it.
      .onConflict((oc) => oc.columns(['network_id', 'domain']).doNothing())
      .execute();
    const coordinator = await trx
      .selectFrom('users')
      .select('id')
      .where('email', '=', network.coordinator)
      .executeTakeFirstOrThrow();
    await appointCoordinator(trx, id, coordinator.id, now);
  }
}

function slugify(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
