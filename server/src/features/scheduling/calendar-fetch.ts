import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isPublicAddress } from '../../core/calendar/public-address.ts';

export type FetchErrorCode =
  'refused-address' | 'unreachable' | 'timeout' | 'too-large' | 'http-status';

export type FetchResult = { ok: true; text: string } | { ok: false; code: FetchErrorCode };

export interface FetchOptions {
  /** Development only: allow loopback and private addresses (a calendar on the own machine). */
  allowPrivate: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

class RefusedAddress extends Error {}

/**
 * A DNS lookup that refuses private, loopback and other non-public addresses. It runs for the
 * connection itself, so a name that resolves differently the second time (DNS rebinding)
 * cannot slip past a check done earlier.
 */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses;
      const refused = list.find((a) => !allowPrivate && !isPublicAddress(a.address));
      if (refused || list.length === 0)
        return callback(new RefusedAddress(`refused ${hostname}`), '', 0);
      if (options.all)
        return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      return callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

/** webcal:// is how calendars name an http(s) subscription. */
export function normaliseCalendarUrl(url: string): string {
  return url.trim().replace(/^webcals?:\/\//i, 'https://');
}

/**
 * Fetches a published calendar with a time limit and a size limit, following a few redirects;
 * every connection goes through the guarded lookup. Never throws.
 */
export function fetchCalendar(rawUrl: string, options: FetchOptions): Promise<FetchResult> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBytes = options.maxBytes ?? 2 * 1024 * 1024;
  const lookup = guardedLookup(options.allowPrivate);
  const deadline = Date.now() + timeoutMs;

  const get = (url: URL, redirectsLeft: number): Promise<FetchResult> =>
    new Promise((resolve) => {
      if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return resolve({ ok: false, code: 'unreachable' });
      const client = url.protocol === 'https:' ? https : http;
      const request = client.get(
        url,
        {
          lookup,
          headers: {
            accept: 'text/calendar, */*;q=0.5',
            'user-agent': 'OverDeSchutting/1 (calendar)',
          },
        },
        (response) => {
          const status = response.statusCode ?? 0;
          if (status >= 300 && status < 400 && response.headers.location) {
            response.resume();
            if (redirectsLeft <= 0) return resolve({ ok: false, code: 'http-status' });
            return resolve(get(new URL(response.headers.location, url), redirectsLeft - 1));
          }
          if (status !== 200) {
            response.resume();
            return resolve({ ok: false, code: 'http-status' });
          }
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > maxBytes) {
              request.destroy();
              resolve({ ok: false, code: 'too-large' });
            } else chunks.push(chunk);
          });
          response.on('end', () =>
            resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') }),
          );
          response.on('error', () => resolve({ ok: false, code: 'unreachable' }));
        },
      );
      request.setTimeout(Math.max(1, deadline - Date.now()), () => {
        request.destroy();
        resolve({ ok: false, code: 'timeout' });
      });
      request.on('error', (error) =>
        resolve({
          ok: false,
          code: error instanceof RefusedAddress ? 'refused-address' : 'unreachable',
        }),
      );
    });

  let url: URL;
  try {
    url = new URL(normaliseCalendarUrl(rawUrl));
  } catch {
    return Promise.resolve({ ok: false, code: 'unreachable' });
  }
  return get(url, options.maxRedirects ?? 3);
}
