import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { LibraryPage, LibraryQuery } from '@ods/shared/api/library';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { libraryQueryKeys } from './library-query-keys.ts';

/** GET /api/library: published summaries, most useful first, with the search and filters. */
export function searchLibrary(query: LibraryQuery): Promise<LibraryPage> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return apiRequest('GET', `/api/library?${params.toString()}`);
}

export function libraryQueryOptions(query: LibraryQuery) {
  return queryOptions({
    queryKey: libraryQueryKeys.search(query),
    queryFn: () => searchLibrary(query),
    placeholderData: keepPreviousData,
  });
}

export function useLibrarySearch(query: LibraryQuery) {
  return useQuery(libraryQueryOptions(query));
}
