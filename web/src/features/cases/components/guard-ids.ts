/** Id of the element that explains one finding of a field (its reason). */
export function findingReasonId(fieldId: string, index: number): string {
  return `${fieldId}-finding-${index}-reason`;
}

/** Id of the label over a field's list of findings. */
export function findingsLabelId(fieldId: string): string {
  return `${fieldId}-findings`;
}
