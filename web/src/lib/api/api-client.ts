import { currentLanguage } from '../i18n/language.ts';
import { ApiError, NetworkError, toErrorBody, UNEXPECTED_RESPONSE } from './api-error.ts';
import { knownCsrfToken, rememberCsrfToken } from './csrf-token.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RequestOptions {
  /** For create requests: the same key on a repeat gets the first answer (see newIdempotencyKey). */
  idempotencyKey?: string;
}

const CSRF_CODES = new Set(['FST_CSRF_INVALID_TOKEN', 'FST_CSRF_MISSING_SECRET']);

/**
 * Calls the JSON API on the same origin. State-changing calls carry the CSRF token; the answer
 * language follows the interface language. Failures throw ApiError (with the server's message,
 * already in the right language) or NetworkError.
 */
export async function apiRequest<T>(
  method: Method,
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const response = await sendWithCsrf(method, path, body, options);
  // The body is trusted to match T: the server validates its answers against the shared schemas.
  return (response.status === 204 ? undefined : await readJson(response)) as T;
}

async function sendWithCsrf(
  method: Method,
  path: string,
  body: unknown,
  options: RequestOptions,
): Promise<Response> {
  if (method === 'GET') return send(method, path, body);
  if (!knownCsrfToken()) await refreshCsrfToken();
  try {
    return await send(method, path, body, options);
  } catch (error) {
    // The token pairs with a cookie that can change (a new session, an expired one): fetch a fresh
    // pair once and retry, so a person does not have to reload the page.
    if (!(error instanceof ApiError && error.status === 403 && CSRF_CODES.has(error.code))) {
      throw error;
    }
    await refreshCsrfToken();
    return send(method, path, body, options);
  }
}

async function send(
  method: Method,
  path: string,
  body: unknown,
  options: RequestOptions = {},
): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  headers['accept-language'] = currentLanguage();
  if (body !== undefined) headers['content-type'] = 'application/json';
  const token = knownCsrfToken();
  if (method !== 'GET' && token) headers['x-csrf-token'] = token;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    throw new NetworkError(cause);
  }
  if (!response.ok) {
    const body = toErrorBody(await readJson(response));
    if (body) throw new ApiError(response.status, body);
    // Not our API answering (a proxy or gateway with the server down): as good as no answer.
    if (response.status >= 500) throw new NetworkError(new Error(`HTTP ${response.status}`));
    const message = `${response.status} ${response.statusText}`;
    throw new ApiError(response.status, { code: UNEXPECTED_RESPONSE, message });
  }
  return response;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

async function refreshCsrfToken(): Promise<void> {
  const response = await send('GET', '/api/session', undefined);
  const session = (await readJson(response)) as { csrfToken?: unknown } | undefined;
  rememberCsrfToken(typeof session?.csrfToken === 'string' ? session.csrfToken : undefined);
}
