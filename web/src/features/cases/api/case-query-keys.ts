// Query keys of this feature in one place, so a change can refresh exactly what it touches.
export const caseQueryKeys = {
  mine: ['cases', 'mine'] as const,
  one: (id: string) => ['cases', 'one', id] as const,
  starters: ['case-starters'] as const,
};
