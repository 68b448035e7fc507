import { CONTACT_LOOK_ALIKES, EMAIL_SENTENCES, PHONE_SENTENCES } from './labelled/contact.ts';
import { MIXED_SENTENCES } from './labelled/mixed.ts';
import { SECOND_BATCH } from './labelled/second-batch.ts';
import { BSN_SENTENCES, IBAN_SENTENCES, NUMBER_LOOK_ALIKES } from './labelled/numbers.ts';
import {
  DATE_OF_BIRTH_SENTENCES,
  PEOPLE_LOOK_ALIKES,
  PERSON_NAME_SENTENCES,
} from './labelled/people.ts';
import {
  ADDRESS_SENTENCES,
  LICENCE_PLATE_SENTENCES,
  PLACE_LOOK_ALIKES,
} from './labelled/places.ts';
import type { LabelledSentence } from './labelled/sentence.ts';

export type { ExpectedFinding, LabelledSentence } from './labelled/sentence.ts';

/**
 * Dutch sentences written for this project, each with the personal data it holds: positives
 * for every kind, and look-alikes (failing checksums, case numbers, years, amounts, law
 * articles, times, versions, municipality names, made-up first names) that hold none.
 * All numbers in it are test numbers (see labelled/numbers.ts).
 */
export const LABELLED_SET: readonly LabelledSentence[] = [
  ...BSN_SENTENCES,
  ...IBAN_SENTENCES,
  ...NUMBER_LOOK_ALIKES,
  ...PHONE_SENTENCES,
  ...EMAIL_SENTENCES,
  ...CONTACT_LOOK_ALIKES,
  ...ADDRESS_SENTENCES,
  ...LICENCE_PLATE_SENTENCES,
  ...PLACE_LOOK_ALIKES,
  ...DATE_OF_BIRTH_SENTENCES,
  ...PERSON_NAME_SENTENCES,
  ...PEOPLE_LOOK_ALIKES,
  ...MIXED_SENTENCES,
  ...SECOND_BATCH,
];
