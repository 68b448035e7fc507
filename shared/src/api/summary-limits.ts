// Plain constants without schema code, so the web app can import them without TypeBox.

/** Lengths of a summary's texts, shared so the editor counts what the server would refuse. */
export const SUMMARY_LIMITS = {
  questionMax: 1_000,
  textMax: 5_000,
  /** Rows of the "over de schutting" table: one per municipality, a group has at most six. */
  exchangeRowsMax: 12,
  cellMax: 1_000,
  confirmedWarningsMax: 100,
} as const;

/** How a participant is shown on a published summary. */
export const ATTRIBUTIONS = ['name-and-municipality', 'size-class-and-region', 'hidden'] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];

/**
 * draft: nobody agreed to publish yet; awaiting-consent: some agreed, not everyone;
 * published: everyone agreed and it is in the library.
 */
export const SUMMARY_STATUSES = ['draft', 'awaiting-consent', 'published'] as const;
export type SummaryStatus = (typeof SUMMARY_STATUSES)[number];

/** The summary's texts that the guard checks; the table counts as one field. */
export const SUMMARY_TEXT_FIELDS = [
  'question',
  'insights',
  'exchange',
  'advice',
  'takeaways',
  'followUps',
] as const;
export type SummaryTextField = (typeof SUMMARY_TEXT_FIELDS)[number];

export const RATING_MIN = 1;
export const RATING_MAX = 5;
