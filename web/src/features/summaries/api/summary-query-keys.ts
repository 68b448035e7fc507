// Query keys of this feature in one place, so a change can refresh exactly what it touches.
export const summaryQueryKeys = {
  one: (sessionId: string) => ['summaries', 'one', sessionId] as const,
  mine: ['summaries', 'mine'] as const,
};
