import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LibraryEntry } from '@ods/shared/api/library';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { libraryQueryKeys } from './library-query-keys.ts';

/** GET /api/library/:id: one published summary (404 once it is withdrawn). */
export function getLibraryEntry(id: string): Promise<LibraryEntry> {
  return apiRequest('GET', `/api/library/${encodeURIComponent(id)}`);
}

export function libraryEntryQueryOptions(id: string) {
  return queryOptions({ queryKey: libraryQueryKeys.entry(id), queryFn: () => getLibraryEntry(id) });
}

export function useLibraryEntry(id: string) {
  return useQuery({ ...libraryEntryQueryOptions(id), retry: false });
}
