import Type, { type Static } from 'typebox';

/**
 * How many professionals of one municipality take part in a network: a count, or null where it
 * is below the threshold ("< 5"), so that a small municipality does not single out its few
 * people. The server hides small cells (and, with complementary suppression, enough others)
 * before it answers; the web only ever shows what it receives.
 */
export const MunicipalityParticipation = Type.Object({
  /** CBS municipality code, `GM` and four digits (db/data/municipalities.csv). */
  code: Type.String({ pattern: '^GM[0-9]{4}$' }),
  professionals: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
});
export type MunicipalityParticipation = Static<typeof MunicipalityParticipation>;

/** The map of a network: one row per municipality with people taking part (others count 0). */
export const ParticipationMap = Type.Object({
  municipalities: Type.Array(MunicipalityParticipation),
  /** The smallest count shown; smaller ones are "< 5". */
  threshold: Type.Integer({ minimum: 1 }),
});
export type ParticipationMap = Static<typeof ParticipationMap>;
