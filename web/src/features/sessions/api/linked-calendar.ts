import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LinkCalendarRequest, LinkedCalendarState } from '@ods/shared/api/scheduling';
import { apiRequest } from '../../../lib/api/api-client.ts';

const linkedCalendarQueryKey = ['linked-calendar'] as const;

/** GET /api/linked-calendar: the linked published calendar and its last refresh. */
export function getLinkedCalendar(): Promise<LinkedCalendarState> {
  return apiRequest('GET', '/api/linked-calendar');
}

/** PUT /api/linked-calendar: links a calendar and reads it at once. */
export function linkCalendar(body: LinkCalendarRequest): Promise<LinkedCalendarState> {
  return apiRequest('PUT', '/api/linked-calendar', body);
}

/** DELETE /api/linked-calendar. */
export function unlinkCalendar(): Promise<void> {
  return apiRequest('DELETE', '/api/linked-calendar');
}

export const linkedCalendarQueryOptions = queryOptions({
  queryKey: linkedCalendarQueryKey,
  queryFn: getLinkedCalendar,
});

/** The linked calendar query. */
export function useLinkedCalendar() {
  return useQuery(linkedCalendarQueryOptions);
}

/** Link or replace; the answer (with an error, if the calendar is broken) is shown at once. */
export function useLinkCalendar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: linkCalendar,
    onSuccess: (state) => queryClient.setQueryData(linkedCalendarQueryKey, state),
  });
}

/** Unlink. */
export function useUnlinkCalendar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unlinkCalendar,
    onSuccess: () => queryClient.setQueryData(linkedCalendarQueryKey, { calendar: null }),
  });
}
