import Type, { type Static } from 'typebox';
import { LANGUAGES, LIMITS, ROLES } from './limits.ts';

const Email = Type.String({ format: 'email', maxLength: LIMITS.emailMax });
export const LanguageSchema = Type.Enum(LANGUAGES);

export const LoginLinkRequest = Type.Object(
  { email: Email, language: Type.Optional(LanguageSchema) },
  { additionalProperties: false },
);
export type LoginLinkRequest = Static<typeof LoginLinkRequest>;

/** A single-use token from a mailed link; only a POST uses it (mail scanners open every GET). */
export const TokenBody = Type.Object(
  { token: Type.String({ minLength: 20, maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' }) },
  { additionalProperties: false },
);
export type TokenBody = Static<typeof TokenBody>;

export const CurrentUser = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: Type.Enum(ROLES),
  language: LanguageSchema,
  profileComplete: Type.Boolean(),
});
export type CurrentUser = Static<typeof CurrentUser>;

export const SessionState = Type.Object({
  user: Type.Union([CurrentUser, Type.Null()]),
  csrfToken: Type.String(),
});
export type SessionState = Static<typeof SessionState>;

export const EmailChangeRequest = Type.Object({ newEmail: Email }, { additionalProperties: false });
export type EmailChangeRequest = Static<typeof EmailChangeRequest>;
