import type { SummaryContent } from '@ods/shared/api/summaries';

/** Whether a summary says enough to publish: the question and at least one other part. */
export function isPublishable(content: SummaryContent): boolean {
  const others = [content.insights, content.advice, content.takeaways, content.followUps];
  return (
    content.question.trim() !== '' &&
    (others.some((text) => text.trim() !== '') || content.exchange.length > 0)
  );
}
