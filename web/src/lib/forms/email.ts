import { LIMITS } from '@ods/shared/api/limits';

// Deliberately loose: the server has the final word, this only catches typing slips early.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Why an e-mail address cannot be sent yet, or undefined when it looks fine. */
export function emailProblem(value: string): 'required' | 'invalid' | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return 'required';
  if (trimmed.length > LIMITS.emailMax || !EMAIL_SHAPE.test(trimmed)) return 'invalid';
  return undefined;
}
