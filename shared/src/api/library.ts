import Type, { type Static } from 'typebox';
import { SizeClassSchema } from './reference.ts';
import { SummaryContent } from './summaries.ts';

const Localised = Type.Object({ nl: Type.String(), en: Type.String() });
const TopicRef = Type.Object({ slug: Type.String(), name: Localised });
const LocalDate = Type.String({ format: 'date' });

export const LIBRARY_PAGE_SIZE = 20;

/** Search and filters of the library; every part optional, all of them combine. */
export const LibraryQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200 })),
    topic: Type.Optional(Type.String({ maxLength: 60 })),
    sizeClass: Type.Optional(SizeClassSchema),
    region: Type.Optional(Type.String({ maxLength: 100 })),
    from: Type.Optional(LocalDate),
    to: Type.Optional(LocalDate),
    // A string: query strings are not coerced, so numbers arrive as text.
    page: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,2}$' })),
  },
  { additionalProperties: false },
);
export type LibraryQuery = Static<typeof LibraryQuery>;

/** A participant as they chose to be shown; those who chose 'hidden' are not listed. */
export const LibraryContributor = Type.Object({
  shownAs: Type.Union([
    Type.Literal('name-and-municipality'),
    Type.Literal('size-class-and-region'),
  ]),
  name: Type.Union([Type.String(), Type.Null()]),
  municipalityName: Type.Union([Type.String(), Type.Null()]),
  sizeClass: Type.Union([SizeClassSchema, Type.Null()]),
  region: Type.Union([Type.String(), Type.Null()]),
});
export type LibraryContributor = Static<typeof LibraryContributor>;

export const LibraryItem = Type.Object({
  /** The library address of the summary. */
  id: Type.String(),
  title: Type.String(),
  topic: TopicRef,
  heldOn: Type.String(),
  usefulCount: Type.Integer(),
  markedUseful: Type.Boolean(),
  contributors: Type.Array(LibraryContributor),
  /** The participants who chose not to be shown. */
  hiddenCount: Type.Integer(),
  snippet: Type.String(),
});
export type LibraryItem = Static<typeof LibraryItem>;

export const LibraryPage = Type.Object({
  items: Type.Array(LibraryItem),
  page: Type.Integer(),
  hasMore: Type.Boolean(),
});
export type LibraryPage = Static<typeof LibraryPage>;

export const LibraryEntry = Type.Object({
  ...LibraryItem.properties,
  publishedAt: Type.String(),
  content: SummaryContent,
});
export type LibraryEntry = Static<typeof LibraryEntry>;

export const LibraryIdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export type LibraryIdParams = Static<typeof LibraryIdParams>;

export const UsefulState = Type.Object({
  usefulCount: Type.Integer(),
  markedUseful: Type.Boolean(),
});
export type UsefulState = Static<typeof UsefulState>;
