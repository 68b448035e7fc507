import Type, { type Static } from 'typebox';
import { SIZE_CLASSES } from '../municipality.ts';

export const SizeClassSchema = Type.Enum(SIZE_CLASSES);

export const Municipality = Type.Object({
  code: Type.String(),
  name: Type.String(),
  province: Type.String(),
  region: Type.String(),
  population: Type.Integer(),
  sizeClass: SizeClassSchema,
});
export type Municipality = Static<typeof Municipality>;

export const Organisation = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: Type.Union([Type.Literal('gemeente'), Type.Literal('organisatie')]),
  municipalityCode: Type.String(),
  municipalityName: Type.String(),
  sizeClass: SizeClassSchema,
  province: Type.String(),
  region: Type.String(),
});
export type Organisation = Static<typeof Organisation>;

export const Topic = Type.Object({
  slug: Type.String(),
  theme: Type.Object({ nl: Type.String(), en: Type.String() }),
  name: Type.Object({ nl: Type.String(), en: Type.String() }),
});
export type Topic = Static<typeof Topic>;

/**
 * GET /api/topics: without a query the whole taxonomy (to name any topic); with `organisation`
 * the topics its networks offer (the profile's picker), with `network` the topics of one
 * network the caller runs (planning a session for it).
 */
export const TopicsQuery = Type.Object(
  {
    organisation: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    network: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  },
  { additionalProperties: false },
);
export type TopicsQuery = Static<typeof TopicsQuery>;

export const OrganisationsQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 100 })),
    // Query strings are text and the API does not coerce types: a number as digits.
    limit: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,2}$' })),
  },
  { additionalProperties: false },
);
export type OrganisationsQuery = Static<typeof OrganisationsQuery>;
