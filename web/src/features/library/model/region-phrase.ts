import type { Language } from '@ods/shared/api/limits';

/**
 * A labour-market region as it reads after "in": "regio Twente", but "Regio Zwolle" as it is
 * (its name already says regio), never "regio Regio Zwolle". English likewise.
 */
export function regionPhrase(region: string | null, language: Language): string {
  if (!region) return '';
  const named = /^regio\b/i.test(region);
  if (language === 'nl') return named ? region : `regio ${region}`;
  return named ? region : `the ${region} region`;
}
