import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { Municipality, Organisation, OrganisationsQuery, Topic } from '@ods/shared';
import { typed } from '../../lib/deps.ts';
import { listMunicipalities, listOrganisations, listTopics } from './reference.repository.ts';

export async function referenceRoutes(app: FastifyInstance) {
  const api = typed(app);
  api.get(
    '/api/topics',
    {
      config: { access: 'public' },
      schema: { tags: ['reference'], response: { 200: Type.Array(Topic) } },
    },
    async () => listTopics(app.db),
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
