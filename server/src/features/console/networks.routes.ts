import type { FastifyInstance } from 'fastify';
import {
  AppointCoordinatorRequest,
  CoordinatorParams,
  CreateNetworkRequest,
  errorResponses,
  MemberOrganisationRequest,
  NetworkDetails,
  NetworkIdParams,
  NetworkList,
  NetworkSummary,
  OrganisationParams,
} from '@ods/shared';
import { networkScope } from '../../domain/networks/network-scope.ts';
import {
  appointCoordinator,
  createNetwork,
  dismissCoordinator,
} from '../../domain/networks/networks.repository.ts';
import { FieldErrors, NotFound } from '../../errors.ts';
import { IdempotencyHeaders } from '../../plugins/idempotency.ts';
import { recordAccess } from '../../domain/audit/audit-log.ts';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { assertRunsNetwork } from './console-access.ts';
import { listNetworks, networkDetails, removeMember, setMember } from './networks.repository.ts';

const tags = ['console'];

/**
 * Networks: the admin creates them and appoints their coordinators; a coordinator manages
 * the member organisations of the networks they run and their mail domains.
 */
export async function networksRoutes(app: FastifyInstance, { clock }: FeatureOptions) {
  const api = typed(app);

  async function summaryOf(id: string): Promise<NetworkSummary> {
    const [network] = (await listNetworks(app.db, { all: true })).filter((n) => n.id === id);
    if (!network) throw new NotFound();
    return network;
  }

  api.get(
    '/api/console/networks',
    {
      config: { access: 'coordinator' },
      schema: { tags, response: { 200: NetworkList, ...errorResponses } },
    },
    async (request) => ({
      networks: await listNetworks(app.db, await networkScope(app.db, request.user!)),
    }),
  );

  api.post(
    '/api/console/networks',
    {
      config: { access: 'admin', idempotent: true },
      schema: {
        tags,
        headers: IdempotencyHeaders,
        body: CreateNetworkRequest,
        response: { 201: NetworkSummary, ...errorResponses },
      },
    },
    async (request, reply) => {
      const name = request.body.name.trim();
      const taken = await app.db
        .selectFrom('networks')
        .select('id')
        .where('name', '=', name)
        .executeTakeFirst();
      if (taken)
        throw new FieldErrors({
          name: {
            nl: 'Er is al een netwerk met deze naam.',
            en: 'A network with this name already exists.',
          },
        });
      const id = await createNetwork(app.db, { name }, clock.now());
      return reply.status(201).send(await summaryOf(id));
    },
  );

  api.post(
    '/api/console/networks/:id/coordinators',
    {
      config: { access: 'admin', idempotent: true },
      schema: {
        headers: IdempotencyHeaders,
        tags,
        params: NetworkIdParams,
        body: AppointCoordinatorRequest,
        response: { 200: NetworkSummary, ...errorResponses },
      },
    },
    async (request) => {
      await assertRunsNetwork(app.db, request, request.params.id);
      const user = await app.db
        .selectFrom('users')
        .select(['id', 'role'])
        .where('email', '=', request.body.email.trim().toLowerCase())
        .executeTakeFirst();
      if (!user)
        throw new FieldErrors({
          email: {
            nl: 'Er is geen account met dit adres. Vraag de collega eerst in te loggen.',
            en: 'There is no account with this address. Ask the colleague to sign in first.',
          },
        });
      const now = clock.now();
      await appointCoordinator(app.db, request.params.id, user.id, now);
      // The answer names the person behind the address: a look at their record, so audited.
      await recordAccess(
        app.db,
        request.user!,
        [user.id],
        'network-members',
        { networkId: request.params.id, resourceId: request.params.id },
        now,
      );
      return summaryOf(request.params.id);
    },
  );

  api.delete(
    '/api/console/networks/:id/coordinators/:userId',
    {
      config: { access: 'admin', idempotent: true },
      schema: {
        headers: IdempotencyHeaders,
        tags,
        params: CoordinatorParams,
        response: { 200: NetworkSummary, ...errorResponses },
      },
    },
    async (request) => {
      await assertRunsNetwork(app.db, request, request.params.id);
      await dismissCoordinator(app.db, request.params.id, request.params.userId, clock.now());
      return summaryOf(request.params.id);
    },
  );

  api.get(
    '/api/console/networks/:id',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        params: NetworkIdParams,
        response: { 200: NetworkDetails, ...errorResponses },
      },
    },
    async (request) => {
      await assertRunsNetwork(app.db, request, request.params.id);
      const details = await networkDetails(app.db, request.params.id);
      if (!details) throw new NotFound();
      return details;
    },
  );

  api.put(
    '/api/console/networks/:id/organisations/:organisationId',
    {
      config: { access: 'coordinator', idempotent: true },
      schema: {
        headers: IdempotencyHeaders,
        tags,
        params: OrganisationParams,
        body: MemberOrganisationRequest,
        response: { 200: NetworkDetails, ...errorResponses },
      },
    },
    async (request) => {
      const { id, organisationId } = request.params;
      await assertRunsNetwork(app.db, request, id);
      const organisation = await app.db
        .selectFrom('organisations')
        .select('id')
        .where('id', '=', organisationId)
        .executeTakeFirst();
      if (!organisation) throw new NotFound();
      const domains = request.body.domains.map((d) => d.toLowerCase());
      const clash =
        domains.length === 0
          ? undefined
          : await app.db
              .selectFrom('network_domains')
              .select('domain')
              .where('network_id', '=', id)
              .where('organisation_id', '!=', organisationId)
              .where('domain', 'in', domains)
              .executeTakeFirst();
      if (clash)
        throw new FieldErrors({
          domains: {
            nl: `Het domein ${clash.domain} hoort in dit netwerk al bij een andere organisatie.`,
            en: `The domain ${clash.domain} already belongs to another organisation in this network.`,
          },
        });
      await app.db
        .transaction()
        .execute((trx) => setMember(trx, id, organisationId, domains, clock.now()));
      return (await networkDetails(app.db, id))!;
    },
  );

  api.delete(
    '/api/console/networks/:id/organisations/:organisationId',
    {
      config: { access: 'coordinator', idempotent: true },
      schema: {
        headers: IdempotencyHeaders,
        tags,
        params: OrganisationParams,
        response: { 200: NetworkDetails, ...errorResponses },
      },
    },
    async (request) => {
      const { id, organisationId } = request.params;
      await assertRunsNetwork(app.db, request, id);
      await app.db.transaction().execute((trx) => removeMember(trx, id, organisationId));
      return (await networkDetails(app.db, id))!;
    },
  );
}
