import type { FastifyRequest } from 'fastify';
import type { Language } from '@ods/shared';

export type Localised = Record<Language, string>;

/** The language to answer in: the UI sends Accept-Language; Dutch unless it asks for English. */
export function requestLanguage(request: FastifyRequest): Language {
  const header = request.headers['accept-language'] ?? '';
  return /^en\b/i.test(header.trim()) ? 'en' : 'nl';
}
