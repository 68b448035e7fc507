import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from '../i18n/use-translation.ts';
import { formErrorsFromFailure, hasErrors, NO_ERRORS, type FormErrors } from './form-errors.ts';

/**
 * Error state of one form. `show` replaces the errors and, when there are any, bumps the focus
 * key so the error summary takes focus again; `showFailure` does the same for a failed request.
 */
export function useFormErrors(knownFields: readonly string[]) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [focusKey, setFocusKey] = useState(0);
  const show = useCallback((next: FormErrors) => {
    setErrors(next);
    if (hasErrors(next)) setFocusKey((key) => key + 1);
  }, []);
  const messages = useMemo(
    () => ({ network: t('errors.network'), unexpected: t('errors.unexpected') }),
    [t],
  );
  const showFailure = useCallback(
    (failure: unknown) => show(formErrorsFromFailure(failure, knownFields, messages)),
    [show, knownFields, messages],
  );
  return { errors, focusKey, show, showFailure };
}
