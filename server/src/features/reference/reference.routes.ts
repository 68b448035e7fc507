import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import {
  errorResponses,
  Municipality,
  Organisation,
  OrganisationsQuery,
  Topic,
  TopicsQuery,
} from '@ods/shared';
import { chooseNetwork } from '../../domain/networks/network-scope.ts';
import { offeredTopics } from '../../domain/networks/network-topics.ts';
import { NotFound } from '../../errors.ts';
import { typed } from '../../lib/deps.ts';
import { listMunicipalities, listOrganisations, listTopics } from './reference.repository.ts';

export async function referenceRoutes(app: FastifyInstance) {
  const api = typed(app);
  api.get(
    '/api/topics',
    {
      config: { access: 'public' },
      schema: {
        tags: ['reference'],
        querystring: TopicsQuery,
        response: { 200: Type.Array(Topic), ...errorResponses },
      },
    },
    async (request) => {
      const { organisation, network } = request.query;
      if (network !== undefined) {
        // A network's selection is for those who run it: another network is a 404.
        if (!request.user) throw new NotFound();
        const networkId = await chooseNetwork(app.db, request.user, network);
        return listTopics(app.db, await offeredTopics(app.db, { networkId }));
      }
      if (organisation !== undefined)
        return listTopics(app.db, await offeredTopics(app.db, { organisationId: organisation }));
      return listTopics(app.db);
    },
  );
  api.get(
    '/api/municipalities',
    {
      config: { access: 'public' },
      schema: { tags: ['reference'], response: { 200: Type.Array(Municipality) } },
    },
    async () => listMunicipalities(app.db),
  );
  api.get(
    '/api/organisations',
    {
      config: { access: 'public' },
      schema: {
        tags: ['reference'],
        querystring: OrganisationsQuery,
        response: { 200: Type.Array(Organisation) },
      },
    },
    async (request) => {
      const all = await listOrganisations(app.db, request.query.q);
      return request.query.limit ? all.slice(0, Number(request.query.limit)) : all;
    },
  );
}
