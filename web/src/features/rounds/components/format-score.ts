/** A score change as a coordinator reads it: "+1,2", "−0,5", "0". */
export const signedScore = (value: number, language: string) =>
  `${value > 0 ? '+' : ''}${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value)}`;
