import type { SummaryContent } from '@ods/shared/api/summaries';

/** Whether a summary says enough to publish: the question and at least one other part. */
export function isPublishable(content: SummaryContent): boolean {
  const others = [content.insights, content.advice, content.takeaways, content.followUps];
  return (
    content.question.trim() !== '' &&
    (others.some((text) => text.trim() !== '') || content.exchange.length > 0)
  );
}

/** The texts in a fixed order, so two contents compare equal whatever order their keys came in. */
function canonical(content: SummaryContent): string {
  return JSON.stringify([
    content.question,
    content.insights,
    content.exchange.map((row) => [row.municipality, row.approach, row.tools, row.whatWorks]),
    content.advice,
    content.takeaways,
    content.followUps,
  ]);
}

/** Whether two versions of a summary say exactly the same. */
export function sameContent(a: SummaryContent, b: SummaryContent): boolean {
  return canonical(a) === canonical(b);
}
