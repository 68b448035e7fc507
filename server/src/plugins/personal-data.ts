import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';

/**
 * Each feature that stores personal data registers how to export it and how to erase it, so
 * "download my data" and "delete my account" stay complete as features are added.
 */
export interface PersonalDataPart {
  name: string;
  export(db: Kysely<Database>, userId: string): Promise<unknown>;
  /** Runs inside the deletion transaction, before the user row itself is deleted. */
  erase(trx: Kysely<Database>, userId: string): Promise<void>;
}

export const personalDataPlugin = fp(async (app: FastifyInstance) => {
  const parts: PersonalDataPart[] = [];
  app.decorate('personalData', {
    register(part: PersonalDataPart) {
      parts.push(part);
    },
    parts: () => [...parts],
  });
});

declare module 'fastify' {
  interface FastifyInstance {
    personalData: { register(part: PersonalDataPart): void; parts(): PersonalDataPart[] };
  }
}
