import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarFeed } from '@ods/shared/api/scheduling';
import { apiRequest } from '../../../lib/api/api-client.ts';

const calendarFeedQueryKey = ['calendar-feed'] as const;

/** GET /api/calendar-feed: the personal subscription address. */
export function getCalendarFeed(): Promise<CalendarFeed> {
  return apiRequest('GET', '/api/calendar-feed');
}

/** POST /api/calendar-feed/renew: a new address; the old one stops working at once. */
export function renewCalendarFeed(): Promise<CalendarFeed> {
  return apiRequest('POST', '/api/calendar-feed/renew');
}

export const calendarFeedQueryOptions = queryOptions({
  queryKey: calendarFeedQueryKey,
  queryFn: getCalendarFeed,
});

/** The feed address query. */
export function useCalendarFeed() {
  return useQuery(calendarFeedQueryOptions);
}

/** Renews the address and shows the new one at once. */
export function useRenewCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: renewCalendarFeed,
    onSuccess: (feed) => queryClient.setQueryData(calendarFeedQueryKey, feed),
  });
}
