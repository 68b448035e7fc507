import type { LibraryQuery } from '@ods/shared/api/library';

// Query keys of this feature in one place, so a mark can refresh exactly what it touches.
export const libraryQueryKeys = {
  all: ['library'] as const,
  search: (query: LibraryQuery) => ['library', 'search', query] as const,
  entry: (id: string) => ['library', 'entry', id] as const,
};
