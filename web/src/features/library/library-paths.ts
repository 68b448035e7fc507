/** The pages of the library (route patterns for the router, builders for links). */
export const LIBRARY_PATHS = {
  library: '/bibliotheek',
  entry: '/bibliotheek/:id',
} as const;

export function libraryEntryPath(id: string): string {
  return `/bibliotheek/${encodeURIComponent(id)}`;
}
