import type { FastifyInstance } from 'fastify';
import {
  AddTopicRequest,
  errorResponses,
  MergeTopicRequest,
  NetworkDetails,
  NetworkIdParams,
  RenameTopicRequest,
  TopicParams,
} from '@ods/shared';
import { IdempotencyHeaders } from '../../plugins/idempotency.ts';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { assertRunsNetwork } from './console-access.ts';
import { networkDetails } from './networks.repository.ts';
import { addTopic, mergeTopic, renameTopic, retireTopic } from './topics.repository.ts';

const tags = ['console'];
const answer = { 200: NetworkDetails, ...errorResponses };

/** A network's topics: add, rename, merge, retire, without breaking what uses a topic. */
export async function topicsRoutes(app: FastifyInstance, { clock }: FeatureOptions) {
  const api = typed(app);
  const details = async (id: string) => (await networkDetails(app.db, id))!;

  api.post(
    '/api/console/networks/:id/topics',
    {
      config: { access: 'coordinator', idempotent: true },
      schema: {
        headers: IdempotencyHeaders,
        tags,
        params: NetworkIdParams,
        body: AddTopicRequest,
        response: answer,
      },
    },
    async (request) => {
      await assertRunsNetwork(app.db, request, request.params.id);
      await addTopic(app.db, request.params.id, request.body);
      return details(request.params.id);
    },
  );

  api.put(
    '/api/console/networks/:id/topics/:slug',
    {
      config: { access: 'coordinator', idempotent: true },
      schema: {
        headers: IdempotencyHeaders,
        tags,
        params: TopicParams,
        body: RenameTopicRequest,
        response: answer,
      },
    },
    async (request) => {
      await assertRunsNetwork(app.db, request, request.params.id);
      await renameTopic(app.db, request.params.id, request.params.slug, request.body);
      return details(request.params.id);
    },
  );

  api.post(
    '/api/console/networks/:id/topics/:slug/retire',
    {
      config: { access: 'coordinator', idempotent: true },
      schema: {
        headers: IdempotencyHeaders,
        tags,
        params: TopicParams,
        response: answer,
      },
    },
    async (request) => {
      await assertRunsNetwork(app.db, request, request.params.id);
      await retireTopic(app.db, request.params.id, request.params.slug, clock.now());
      return details(request.params.id);
    },
  );

  api.post(
    '/api/console/networks/:id/topics/:slug/merge',
    {
      config: { access: 'coordinator', idempotent: true },
      schema: {
        headers: IdempotencyHeaders,
        tags,
        params: TopicParams,
        body: MergeTopicRequest,
        response: answer,
      },
    },
    async (request) => {
      await assertRunsNetwork(app.db, request, request.params.id);
      await app.db
        .transaction()
        .execute((trx) =>
          mergeTopic(trx, request.params.id, request.params.slug, request.body.into, clock.now()),
        );
      return details(request.params.id);
    },
  );
}
