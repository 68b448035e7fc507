import type { FastifyInstance } from 'fastify';
import {
  errorResponses,
  InvitationList,
  InvitationParams,
  InviteRequest,
  NetworkIdParams,
} from '@ods/shared';
import { randomUUID } from 'node:crypto';
import { networkOrganisationIds } from '../../domain/networks/network-scope.ts';
import { FieldErrors, NotFound } from '../../errors.ts';
import { IdempotencyHeaders } from '../../plugins/idempotency.ts';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { requestLanguage } from '../../lib/language.ts';
import { enqueueMail } from '../../plugins/mail/outbox.ts';
import { assertRunsNetwork } from './console-access.ts';
import { invitationMail } from './invitation-mail.ts';

const tags = ['console'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A coordinator invites colleagues by mail, sees the invitations still open and ends them. */
export async function invitationsRoutes(app: FastifyInstance, { config, clock }: FeatureOptions) {
  const api = typed(app);

  async function pending(networkId: string): Promise<InvitationList> {
    const rows = await app.db
      .selectFrom('network_invitations')
      .innerJoin('organisations', 'organisations.id', 'network_invitations.organisation_id')
      .select([
        'network_invitations.id',
        'network_invitations.email',
        'network_invitations.organisation_id',
        'network_invitations.created_at',
        'organisations.name',
      ])
      .where('network_invitations.network_id', '=', networkId)
      .where('network_invitations.ended_at', 'is', null)
      .where('network_invitations.accepted_at', 'is', null)
      .orderBy('network_invitations.created_at', 'desc')
      .execute();
    return {
      invitations: rows.map((r) => ({
        id: r.id,
        email: r.email,
        organisationId: r.organisation_id,
        organisationName: r.name,
        createdAt: r.created_at,
      })),
    };
  }

  api.get(
    '/api/console/networks/:id/invitations',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        params: NetworkIdParams,
        response: { 200: InvitationList, ...errorResponses },
      },
    },
    async (request) => {
      await assertRunsNetwork(app.db, request, request.params.id);
      return pending(request.params.id);
    },
  );

  api.post(
    '/api/console/networks/:id/invitations',
    {
      config: { access: 'coordinator', idempotent: true },
      schema: {
        tags,
        headers: IdempotencyHeaders,
        params: NetworkIdParams,
        body: InviteRequest,
        response: { 201: InvitationList, ...errorResponses },
      },
    },
    async (request, reply) => {
      const networkId = request.params.id;
      await assertRunsNetwork(app.db, request, networkId);
      const email = request.body.email.trim().toLowerCase();
      if (!EMAIL.test(email))
        throw new FieldErrors({
          email: {
            nl: 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl.',
            en: 'Enter a valid e-mail address, such as name@municipality.nl.',
          },
        });
      const organisation = await networkOrganisationIds(app.db, networkId)
        .select(['organisations.name'])
        .where('organisations.id', '=', request.body.organisationId)
        .executeTakeFirst();
      if (!organisation)
        throw new FieldErrors({
          organisationId: {
            nl: 'Kies een organisatie van dit netwerk.',
            en: 'Choose an organisation of this network.',
          },
        });
      const network = await app.db
        .selectFrom('networks')
        .select('name')
        .where('id', '=', networkId)
        .executeTakeFirstOrThrow();
      const now = clock.now();
      await app.db.transaction().execute(async (trx) => {
        // A second invitation to the same address replaces the first, so one mail is open.
        await trx
          .updateTable('network_invitations')
          .set({ ended_at: now.toISOString() })
          .where('network_id', '=', networkId)
          .where('email', '=', email)
          .where('ended_at', 'is', null)
          .where('accepted_at', 'is', null)
          .execute();
        await trx
          .insertInto('network_invitations')
          .values({
            id: randomUUID(),
            network_id: networkId,
            email,
            organisation_id: request.body.organisationId,
            invited_by: request.user!.id,
            created_at: now.toISOString(),
            ended_at: null,
            accepted_at: null,
          })
          .execute();
        const url = `${config.publicUrl}/inloggen?email=${encodeURIComponent(email)}`;
        await enqueueMail(
          trx,
          invitationMail(
            {
              to: email,
              networkName: network.name,
              organisationName: organisation.name,
              inviterName: request.user!.name || network.name,
              url,
            },
            requestLanguage(request),
          ),
          now,
        );
      });
      app.kickMail();
      return reply.status(201).send(await pending(networkId));
    },
  );

  api.post(
    '/api/console/networks/:id/invitations/:invitationId/end',
    {
      config: { access: 'coordinator', idempotent: true },
      schema: {
        headers: IdempotencyHeaders,
        tags,
        params: InvitationParams,
        response: { 200: InvitationList, ...errorResponses },
      },
    },
    async (request) => {
      const { id, invitationId } = request.params;
      await assertRunsNetwork(app.db, request, id);
      const invitation = await app.db
        .selectFrom('network_invitations')
        .select(['ended_at'])
        .where('id', '=', invitationId)
        .where('network_id', '=', id)
        .executeTakeFirst();
      if (!invitation) throw new NotFound();
      // Ending twice answers as the first time.
      if (!invitation.ended_at)
        await app.db
          .updateTable('network_invitations')
          .set({ ended_at: clock.now().toISOString() })
          .where('id', '=', invitationId)
          .execute();
      return pending(id);
    },
  );
}
