import type { FastifyInstance } from 'fastify';
import {
  LIBRARY_PAGE_SIZE,
  LibraryEntry,
  LibraryIdParams,
  LibraryPage,
  LibraryQuery,
  UsefulState,
} from '@ods/shared/api/library';
import { errorResponses } from '@ods/shared';
import { librarySearch } from '../../domain/search/library-search.ts';
import { searchTerms } from '../../domain/search/search-terms.ts';
import { NotFound } from '../../errors.ts';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { loadLibraryEntry, loadLibraryItems } from './library.repository.ts';
import { setUseful } from './useful-marks.repository.ts';

/** The library of published summaries: search, read, mark useful. For signed-in professionals. */
export async function libraryRoutes(app: FastifyInstance, { clock }: FeatureOptions) {
  const api = typed(app);
  const search = librarySearch(app.db, app.dbDialect);

  api.get(
    '/api/library',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['library'],
        querystring: LibraryQuery,
        response: { 200: LibraryPage, ...errorResponses },
      },
    },
    async (request) => {
      const { q, page: pageText = '1', ...filters } = request.query;
      const page = Number(pageText);
      const result = await search.search({
        text: q,
        ...filters,
        limit: LIBRARY_PAGE_SIZE,
        offset: (page - 1) * LIBRARY_PAGE_SIZE,
      });
      const sessionIds = result.hits.map((hit) => hit.sessionId);
      const items = await loadLibraryItems(
        app.db,
        sessionIds,
        request.user!.id,
        searchTerms(q ?? ''),
      );
      return { items, page, hasMore: result.hasMore };
    },
  );

  api.get(
    '/api/library/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['library'],
        params: LibraryIdParams,
        response: { 200: LibraryEntry, ...errorResponses },
      },
    },
    async (request) => {
      const entry = await loadLibraryEntry(app.db, request.params.id, request.user!.id);
      if (!entry) throw new NotFound();
      return entry;
    },
  );

  for (const method of ['PUT', 'DELETE'] as const) {
    api.route({
      method,
      url: '/api/library/:id/useful',
      config: { access: 'signed-in' },
      schema: {
        tags: ['library'],
        params: LibraryIdParams,
        response: { 200: UsefulState, ...errorResponses },
      },
      handler: async (request) => {
        const state = await setUseful(
          app.db,
          request.params.id,
          request.user!.id,
          method === 'PUT',
          clock.now(),
        );
        if (!state) throw new NotFound();
        return state;
      },
    });
  }
}
