import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { ErrorBody } from '@ods/shared';
import { catalogueMessage, FieldErrors } from '../errors.ts';
import { isDatabaseUnavailable } from '../lib/database-unavailable.ts';
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
  FST_ERR_BAD_URL: {
    nl: 'Dit adres kunnen we niet lezen: er staat een ongeldig teken in.',
    en: 'This address cannot be read: it contains an invalid character.',
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    nl: 'Dit adres is te lang.',
    en: 'This address is too long.',
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
  if (code === 'FST_ERR_BAD_URL') return 'BAD_REQUEST';
  if (code === 'FST_ERR_MAX_PARAM_LENGTH') return 'URL_TOO_LONG';
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
    if (isDatabaseUnavailable(error)) {
      // The code only: the message of a connection error can name the database host.
      request.log.warn({ code: error.code }, 'database unavailable');
      return reply
        .status(503)
        .header('retry-after', '60')
        .send({
          code: 'DATABASE_UNAVAILABLE',
          message: DATABASE_UNAVAILABLE[language],
        } satisfies ErrorBody);
    }
    request.log.error({ err: error }, 'request failed');
    // Our own 5xx (a proposal past its deadline) says what happened; anything else is generic.
    const own = catalogueMessage(error.code);
    if (own && status > 500) {
      return reply.status(status).send({ code: error.code, message: own[language] });
    }
    return reply
      .status(500)
      .send({ code: 'INTERNAL', message: GENERIC[language] } satisfies ErrorBody);
  });
});

/**
 * Errors Fastify's router meets before any route or hook runs (an address with broken
 * percent-encoding, a path parameter over the length limit): answered in the error shape.
 * Hooks do not run for these, so the headers the hooks would set are set here.
 */
export function frameworkErrors(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
  const language = requestLanguage(request);
  const message = FRAMEWORK_MESSAGES[error.code]?.[language] ?? UNREADABLE[language];
  void reply
    .status(status)
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send({ code: publicCode(error.code, status), message } satisfies ErrorBody);
}

const DATABASE_UNAVAILABLE: Localised = {
  nl: 'De database is even niet bereikbaar, dus er is niets opgeslagen. Probeer het over een minuut opnieuw.',
  en: 'The database cannot be reached just now, so nothing was saved. Please try again in a minute.',
};

const UNREADABLE: Localised = {
  nl: 'Dit verzoek kunnen we niet lezen.',
  en: 'This request cannot be read.',
};

// What Node's HTTP parser refuses before Fastify sees a request. The request's headers are
// not known then (they may be what is broken), so the message is Dutch first, then English.
const CLIENT_ERRORS: Record<string, { status: number; code: string; message: Localised }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: 'REQUEST_TOO_LARGE',
    message: {
      nl: 'Het adres of de kopregels van dit verzoek zijn te lang.',
      en: 'The address or the headers of this request are too long.',
    },
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    code: 'TIMEOUT',
    message: {
      nl: 'Het verzoek kwam niet op tijd binnen.',
      en: 'The request did not arrive in time.',
    },
  },
};

/**
 * Fastify's clientErrorHandler: a request line or headers Node cannot parse (an oversized URL,
 * a broken request line) get an answer in the app's error shape instead of Fastify's own, and
 * the connection is closed, as Node does.
 */
export function clientErrorHandler(
  this: FastifyInstance,
  error: Error & { code?: string },
  socket: Socket,
): void {
  // A reset connection is gone; there is nobody to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const known = CLIENT_ERRORS[error.code ?? ''];
  const status = known?.status ?? 400;
  const body = JSON.stringify({
    code: known?.code ?? 'BAD_REQUEST',
    message: `${(known?.message ?? UNREADABLE).nl} / ${(known?.message ?? UNREADABLE).en}`,
  } satisfies ErrorBody);
  // Trace level like Fastify's own handler: any client can cause these at will.
  this.log.trace({ code: error.code }, 'unreadable request');
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n' +
        body,
    );
  }
  socket.destroy(error);
}
