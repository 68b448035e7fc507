import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { ErrorBody } from '@ods/shared';
import { catalogueMessage, FieldErrors } from '../errors.ts';
import { requestLanguage, type Localised } from '../lib/language.ts';
import { fieldPath, validationMessage } from './validation-messages.ts';

// Fastify's own 4xx errors, worded for people.
const FRAMEWORK_MESSAGES: Record<string, Localised> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    nl: 'Wat je stuurt is te groot.',
    en: 'What you sent is too large.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    nl: 'Dit soort inhoud accepteren we niet (stuur JSON).',
    en: 'This kind of content is not accepted (send JSON).',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { nl: 'Het verzoek is leeg.', en: 'The request is empty.' },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    nl: 'Het verzoek is geen geldige JSON.',
    en: 'The request is not valid JSON.',
  },
  FST_CSRF_INVALID_TOKEN: {
    nl: 'De pagina is verlopen. Laad de pagina opnieuw en probeer het nog eens.',
    en: 'The page has expired. Reload the page and try again.',
  },
  FST_CSRF_MISSING_SECRET: {
    nl: 'De pagina is verlopen. Laad de pagina opnieuw en probeer het nog eens.',
    en: 'The page has expired. Reload the page and try again.',
  },
};
const TOO_MANY: Localised = {
  nl: 'Te veel verzoeken achter elkaar. Wacht even en probeer het opnieuw.',
  en: 'Too many requests in a row. Wait a moment and try again.',
};
const GENERIC: Localised = {
  nl: 'Er ging bij ons iets mis. Probeer het later opnieuw.',
  en: 'Something went wrong on our side. Please try again later.',
};

/** Stable codes for the framework's errors, so clients need not know plugin internals. */
function publicCode(code: string, status: number): string {
  if (status === 429) return 'TOO_MANY_REQUESTS';
  if (code.startsWith('FST_CSRF')) return 'CSRF_INVALID';
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return 'TOO_LARGE';
  if (code.startsWith('FST_ERR_CTP')) return 'INVALID_BODY';
  return code;
}

/** One error shape for every answer: { code, message, fields? }; never a 500 for user input. */
export const errorHandlerPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const language = requestLanguage(request);
    if (error.validation) {
      const fields: Record<string, string> = {};
      for (const v of error.validation) fields[fieldPath(v)] ??= validationMessage(v)[language];
      const body: ErrorBody = {
        code: 'INVALID_INPUT',
        message: catalogueMessage('INVALID_INPUT')![language],
        fields,
      };
      return reply.status(400).send(body);
    }
    if (error instanceof FieldErrors) {
      const fields = Object.fromEntries(
        Object.entries(error.fields).map(([k, v]) => [k, v[language]]),
      );
      return reply
        .status(error.statusCode)
        .send({ code: error.code, message: catalogueMessage(error.code)![language], fields });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const message =
        catalogueMessage(error.code)?.[language] ??
        FRAMEWORK_MESSAGES[error.code]?.[language] ??
        // Our own limits word their message (with when to try again); any other 429 is generic.
        (status === 429 && error.code !== 'TOO_MANY_REQUESTS' ? TOO_MANY[language] : error.message);
      return reply
        .status(status)
        .send({ code: publicCode(error.code, status), message } satisfies ErrorBody);
    }
    request.log.error({ err: error }, 'request failed');
    return reply
      .status(500)
      .send({ code: 'INTERNAL', message: GENERIC[language] } satisfies ErrorBody);
  });
});
