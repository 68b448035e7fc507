export * from './api/errors.ts';
export * from './api/limits.ts';
export * from './api/reference.ts';
export * from './api/auth.ts';
export * from './api/profile.ts';
export * from './municipality.ts';
export * from './api/sessions.ts';
export * from './api/cases.ts';
