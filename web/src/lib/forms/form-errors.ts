import { ApiError, NetworkError, UNEXPECTED_RESPONSE } from '../api/api-error.ts';
import type { SummaryError } from '../ui/error-summary.tsx';

/** Problems to show on a form: per field (by the form's field name) and for the form as a whole. */
export type FormErrors = {
  fields: Record<string, string>;
  general: string[];
};

export const NO_ERRORS: FormErrors = { fields: {}, general: [] };

/** True when there is anything to show. */
export function hasErrors(errors: FormErrors): boolean {
  return errors.general.length > 0 || Object.keys(errors.fields).length > 0;
}

/**
 * Turns a failed request into form errors. The server names fields by path ('availability.2',
 * 'topics.0.slug'); the form shows them on the field named by the first part. Messages for fields
 * the form does not show go to the general list, so nothing the server says is lost.
 */
export function formErrorsFromFailure(
  error: unknown,
  knownFields: readonly string[],
  messages: { network: string; unexpected: string },
): FormErrors {
  if (error instanceof NetworkError) return { fields: {}, general: [messages.network] };
  if (!(error instanceof ApiError) || error.code === UNEXPECTED_RESPONSE) {
    return { fields: {}, general: [messages.unexpected] };
  }
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const [path, message] of Object.entries(error.fields)) {
    const field = path.split('.')[0] ?? path;
    if (!knownFields.includes(field)) general.push(message);
    else fields[field] ??= message;
  }
  // The overall message ("check the marked fields") only helps when no field explains more.
  if (Object.keys(fields).length === 0 && general.length === 0) general.push(error.message);
  return { fields, general };
}

/** The entries for the error summary, general problems first, then fields in form order. */
export function summaryEntries(
  errors: FormErrors,
  fieldOrder: readonly string[],
  fieldId: (field: string) => string,
): SummaryError[] {
  const fieldEntries = fieldOrder
    .filter((field) => errors.fields[field] !== undefined)
    .map((field) => ({ message: errors.fields[field] ?? '', fieldId: fieldId(field) }));
  return [...errors.general.map((message) => ({ message })), ...fieldEntries];
}
