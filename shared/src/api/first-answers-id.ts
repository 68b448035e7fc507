// Apart from the schema (first-answers.ts), so the web app's entry reads the block without TypeBox.
/** The id of the JSON data block with a signed-in page's first answers in its HTML. */
export const FIRST_ANSWERS_ID = 'ods-first-answers';
