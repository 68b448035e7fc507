import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppConfig } from '../config.ts';
import type { Clock } from './time.ts';

/** What every feature's routes get: the configuration and the clock. */
export interface FeatureOptions {
  config: AppConfig;
  clock: Clock;
}

/** The app with TypeBox types for request and reply. */
export function typed(app: FastifyInstance) {
  return app.withTypeProvider<TypeBoxTypeProvider>();
}
