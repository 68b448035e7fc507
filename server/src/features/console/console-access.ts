import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import { inScope, networkScope } from '../../domain/networks/network-scope.ts';
import { NotFound } from '../../errors.ts';

/**
 * Refuses a network the caller does not run with a 404, as if it did not exist: a coordinator
 * of network A learns nothing about network B, not even that it is there.
 */
export async function assertRunsNetwork(
  db: Kysely<Database>,
  request: FastifyRequest,
  networkId: string,
): Promise<void> {
  const exists = await db
    .selectFrom('networks')
    .select('id')
    .where('id', '=', networkId)
    .executeTakeFirst();
  if (!exists || !inScope(await networkScope(db, request.user!), networkId)) throw new NotFound();
}
