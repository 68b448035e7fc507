import { lookup } from 'node:dns/promises';
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { errorResponses, LinkCalendarRequest, LinkedCalendarState } from '@ods/shared';
import { isPublicAddress } from '../../core/calendar/public-address.ts';
import { CalendarAddressRefused } from '../../errors.ts';
import { requestLanguage } from '../../lib/language.ts';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { normaliseCalendarUrl } from './calendar-fetch.ts';
import { loadLinkedCalendar, refreshLinkedCalendar } from './linked-calendar.ts';
import type { SchedulingContext } from './scheduling-context.ts';

/** Outside development, a name that resolves to any non-public address is refused up front. */
async function refusedHost(url: string): Promise<boolean> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  try {
    const addresses = await lookup(host, { all: true });
    return addresses.some((a) => !isPublicAddress(a.address));
  } catch {
    // A name that does not resolve is not refused: it is stored and reported as unreachable.
    return false;
  }
}

export async function linkedCalendarRoutes(
  app: FastifyInstance,
  { clock, ctx }: FeatureOptions & { ctx: SchedulingContext },
) {
  const api = typed(app);
  const fetchOptions = { allowPrivate: ctx.allowPrivateCalendarHosts };

  api.get(
    '/api/linked-calendar',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['scheduling'], response: { 200: LinkedCalendarState, ...errorResponses } },
    },
    async (request) => ({
      calendar: await loadLinkedCalendar(app.db, request.user!.id, requestLanguage(request)),
    }),
  );

  /** Links (or replaces) a published calendar and reads it at once; a broken one is kept with its error. */
  api.put(
    '/api/linked-calendar',
    {
      config: { access: 'signed-in', limits: ['requests', 'linked-calendar'] },
      schema: {
        tags: ['scheduling'],
        body: LinkCalendarRequest,
        response: { 200: LinkedCalendarState, ...errorResponses },
      },
    },
    async (request) => {
      const userId = request.user!.id;
      const url = normaliseCalendarUrl(request.body.url);
      if (!ctx.allowPrivateCalendarHosts && (await refusedHost(url)))
        throw new CalendarAddressRefused();
      const now = clock.now();
      await app.db
        .insertInto('linked_calendars')
        .values({
          user_id: userId,
          url,
          created_at: now.toISOString(),
          fetched_at: null,
          last_error: null,
          last_error_at: null,
        })
        .onConflict((oc) =>
          oc
            .column('user_id')
            .doUpdateSet({ url, fetched_at: null, last_error: null, last_error_at: null }),
        )
        .execute();
      await refreshLinkedCalendar(app.db, userId, url, fetchOptions, now);
      return { calendar: await loadLinkedCalendar(app.db, userId, requestLanguage(request)) };
    },
  );

  api.delete(
    '/api/linked-calendar',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['scheduling'], response: { 204: Type.Null(), ...errorResponses } },
    },
    async (request, reply) => {
      const userId = request.user!.id;
      await app.db.transaction().execute(async (trx) => {
        await trx.deleteFrom('user_busy_times').where('user_id', '=', userId).execute();
        await trx.deleteFrom('linked_calendars').where('user_id', '=', userId).execute();
      });
      return reply.status(204).send(null);
    },
  );
}
