import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { errorResponses, NetworkIdParams, NetworkOverview } from '@ods/shared';
import { overviewCells } from '../../core/aggregates/overview.ts';
import { SMALL_CELL } from '../../core/aggregates/suppress.ts';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { assertRunsNetwork } from './console-access.ts';
import { networkTopics } from './networks.repository.ts';
import { readOverviewInput } from './overview.repository.ts';
import { participationOfEveryMunicipality } from './participation.repository.ts';

const tags = ['console'];
const OverviewQuery = Type.Object(
  { year: Type.Optional(Type.String({ pattern: '^20[2-9][0-9]$' })) },
  { additionalProperties: false },
);

/**
 * The overview of a network, aggregates only, per calendar year (a fixed window: overlapping
 * windows would let one subtract one answer from another to find a hidden cell).
 */
export async function overviewRoutes(app: FastifyInstance, { clock }: FeatureOptions) {
  const api = typed(app);

  async function overview(networkId: string, year: number): Promise<NetworkOverview> {
    const cells = overviewCells(await readOverviewInput(app.db, networkId, year));
    const own = new Map((await networkTopics(app.db, networkId)).map((t) => [t.slug, t.name]));
    const missing = cells.published.filter((p) => !own.has(p.slug)).map((p) => p.slug);
    const global =
      missing.length === 0
        ? []
        : await app.db
            .selectFrom('topics')
            .select(['slug', 'name_nl', 'name_en'])
            .where('slug', 'in', missing)
            .execute();
    const nameOf = (slug: string) =>
      own.get(slug) ??
      (({ name_nl, name_en }) => ({ nl: name_nl, en: name_en }))(
        global.find((g) => g.slug === slug) ?? { name_nl: slug, name_en: slug },
      );
    return {
      months: cells.months,
      totals: cells.totals,
      publishedPerTopic: cells.published
        .map((p) => ({ slug: p.slug, name: nameOf(p.slug), published: p.count }))
        .sort((a, b) => a.name.nl.localeCompare(b.name.nl, 'nl')),
      threshold: SMALL_CELL,
    };
  }

  const thisYear = () => Number(clock.now().toISOString().slice(0, 4));

  api.get(
    '/api/console/networks/:id/overview',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        params: NetworkIdParams,
        querystring: OverviewQuery,
        response: { 200: NetworkOverview, ...errorResponses },
      },
    },
    async (request) => {
      await assertRunsNetwork(app.db, request, request.params.id);
      return overview(
        request.params.id,
        request.query.year ? Number(request.query.year) : thisYear(),
      );
    },
  );

  api.get(
    '/api/console/networks/:id/overview.csv',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        params: NetworkIdParams,
        querystring: OverviewQuery,
        response: { 200: Type.String(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await assertRunsNetwork(app.db, request, request.params.id);
      const year = request.query.year ? Number(request.query.year) : thisYear();
      const [data, participation] = await Promise.all([
        overview(request.params.id, year),
        participationOfEveryMunicipality(app.db, request.params.id),
      ]);
      void reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="overzicht-${year}.csv"`);
      return overviewCsv(data, participation);
    },
  );
}

const cell = (value: number | null) => (value === null ? '< 5' : String(value));
const decimal = (value: number | null) => (value === null ? '' : String(value));
// A name a coordinator typed could start like a formula: a spreadsheet must show it as text.
const quoted = (value: string) =>
  `"${(/^[=+\-@]/.test(value) ? `'${value}` : value).replace(/"/g, '""')}"`;

/**
 * The overview as CSV, the same cells as on screen ("< 5" where hidden): the months, the
 * published summaries per topic, and the map's professionals per municipality (as they are now,
 * whatever the year; municipalities without anyone are left out, as on the map's data).
 */
export function overviewCsv(
  data: NetworkOverview,
  participation: { code: string; name: string; professionals: number | null }[],
): string {
  const lines = [
    "maand,aanmeldingen,sessies gehouden,aanwezig,uitgenodigd,gemiddelde waardering,aandeel 3+ grootteklassen,aandeel 3+ regio's",
    ...data.months.map((m) =>
      [
        m.month,
        cell(m.signUps),
        cell(m.sessionsHeld),
        cell(m.attended),
        cell(m.invited),
        decimal(m.averageRating),
        decimal(m.mixedSizeShare),
        decimal(m.mixedRegionShare),
      ].join(','),
    ),
    [
      'totaal',
      cell(data.totals.signUps),
      cell(data.totals.sessionsHeld),
      cell(data.totals.attended),
      cell(data.totals.invited),
      '',
      '',
      '',
    ].join(','),
    '',
    'onderwerp,gepubliceerde samenvattingen',
    ...data.publishedPerTopic.map((t) => `${quoted(t.name.nl)},${cell(t.published)}`),
    '',
    'gemeente,gemeentecode,professionals die nu meedoen',
    ...participation.map((m) => `${quoted(m.name)},${m.code},${cell(m.professionals)}`),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
