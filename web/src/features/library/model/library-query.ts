import { SIZE_CLASSES, type SizeClass } from '@ods/shared/municipality';
import type { LibraryQuery } from '@ods/shared/api/library';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The library query from the page address (?q=…&topic=…), so a search can be bookmarked and
 * shared; anything malformed is left out rather than sent.
 */
export function queryFromParams(params: URLSearchParams): LibraryQuery {
  const text = (key: string, max: number) => {
    const value = params.get(key)?.trim() ?? '';
    return value === '' ? undefined : value.slice(0, max);
  };
  const sizeClass = params.get('sizeClass');
  const page = params.get('page') ?? '';
  const date = (key: string) => {
    const value = params.get(key) ?? '';
    return DATE.test(value) ? value : undefined;
  };
  const query: LibraryQuery = {
    q: text('q', 200),
    topic: text('topic', 60),
    sizeClass: SIZE_CLASSES.includes(sizeClass as SizeClass) ? (sizeClass as SizeClass) : undefined,
    region: text('region', 100),
    from: date('from'),
    to: date('to'),
    page: /^[1-9][0-9]{0,2}$/.test(page) ? page : '1',
  };
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined));
}

/** The page address for a query (page 1 and empty parts left out). */
export function paramsFromQuery(query: LibraryQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '' || (key === 'page' && value === '1')) continue;
    params.set(key, String(value));
  }
  return params;
}
