/** Id of a field's description text, for aria-describedby. */
export function descriptionId(fieldId: string): string {
  return `${fieldId}-description`;
}

/** Id of a field's error message, for aria-describedby. */
export function errorId(fieldId: string): string {
  return `${fieldId}-error`;
}

/** The aria-describedby value for a control: its error first (most urgent), then its help text. */
export function describedBy(
  fieldId: string,
  { description, error }: { description?: unknown; error?: string | undefined },
): string | undefined {
  const ids = [
    error ? errorId(fieldId) : undefined,
    description ? descriptionId(fieldId) : undefined,
  ];
  const joined = ids.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}
