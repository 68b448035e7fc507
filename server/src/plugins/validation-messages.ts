import type { FastifySchemaValidationError } from 'fastify/types/schema.js';
import type { Localised } from '../lib/language.ts';

/** 'body/topics/5/level' → 'topics.5.level'; a missing property names itself. */
export function fieldPath(error: FastifySchemaValidationError): string {
  const base = error.instancePath.replace(/^\//, '').split('/').filter(Boolean);
  const missing = (error.params as { missingProperty?: unknown }).missingProperty;
  if (error.keyword === 'required' && typeof missing === 'string') base.push(missing);
  const extra = (error.params as { additionalProperty?: unknown }).additionalProperty;
  if (error.keyword === 'additionalProperties' && typeof extra === 'string') base.push(extra);
  return base.join('.') || '_';
}

/** A sentence a person understands for one schema violation. */
export function validationMessage(error: FastifySchemaValidationError): Localised {
  const p = error.params;
  switch (error.keyword) {
    case 'required':
      return { nl: 'Dit veld is verplicht.', en: 'This field is required.' };
    case 'minLength':
      return p.limit === 1
        ? { nl: 'Dit veld is verplicht.', en: 'This field is required.' }
        : {
            nl: `Gebruik minstens ${String(p.limit)} tekens.`,
            en: `Use at least ${String(p.limit)} characters.`,
          };
    case 'maxLength':
      return {
        nl: `Gebruik hoogstens ${String(p.limit)} tekens.`,
        en: `Use at most ${String(p.limit)} characters.`,
      };
    case 'minItems':
      return {
        nl: `Kies er minstens ${String(p.limit)}.`,
        en: `Choose at least ${String(p.limit)}.`,
      };
    case 'maxItems':
      return {
        nl: `Kies er hoogstens ${String(p.limit)}.`,
        en: `Choose at most ${String(p.limit)}.`,
      };
    case 'minimum':
    case 'exclusiveMinimum':
      return {
        nl: `De waarde is te klein (minimaal ${String(p.limit)}).`,
        en: `The value is too small (minimum ${String(p.limit)}).`,
      };
    case 'maximum':
    case 'exclusiveMaximum':
      return {
        nl: `De waarde is te groot (maximaal ${String(p.limit)}).`,
        en: `The value is too large (maximum ${String(p.limit)}).`,
      };
    case 'format':
      return formatMessage(String(p.format));
    case 'type':
      return { nl: 'Deze waarde heeft de verkeerde vorm.', en: 'This value has the wrong form.' };
    case 'additionalProperties':
      return { nl: 'Dit veld kennen we niet.', en: 'This field is not known.' };
    case 'pattern':
      return { nl: 'Deze waarde klopt niet.', en: 'This value is not valid.' };
    default:
      return { nl: 'Kies een van de mogelijke waarden.', en: 'Choose one of the allowed values.' };
  }
}

function formatMessage(format: string): Localised {
  if (format === 'email') {
    return {
      nl: 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl.',
      en: 'Enter a valid e-mail address, such as name@municipality.nl.',
    };
  }
  if (format === 'date')
    return { nl: 'Vul een datum in als jjjj-mm-dd.', en: 'Enter a date as yyyy-mm-dd.' };
  return {
    nl: 'Deze waarde heeft niet de juiste vorm.',
    en: 'This value does not have the right form.',
  };
}
