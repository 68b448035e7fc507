import type { ErrorBody } from '@ods/shared/api/errors';

/** An answer from the API that was not a success, in the API's one error shape. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Readonly<Record<string, string>>;

  constructor(status: number, body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.fields = body.fields ?? {};
  }
}

/** The request never got an answer (offline, server down); the UI shows its own message. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network request failed', { cause });
    this.name = 'NetworkError';
  }
}

/** Reads an error body defensively: a proxy or a crash may answer with HTML or nothing. */
export function toErrorBody(value: unknown): ErrorBody | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.code !== 'string' || typeof record.message !== 'string') return undefined;
  const fields = isStringRecord(record.fields) ? record.fields : undefined;
  return { code: record.code, message: record.message, ...(fields ? { fields } : {}) };
}

/** Code of an ApiError whose answer was not in the API's error shape. */
export const UNEXPECTED_RESPONSE = 'UNEXPECTED_RESPONSE';

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((entry) => typeof entry === 'string')
  );
}
