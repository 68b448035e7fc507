import { FormFieldDescription } from '@utrecht/form-field-description-react';
import { FormFieldErrorMessage } from '@utrecht/form-field-error-message-react';
import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation.ts';
import { descriptionId, errorId } from './field-ids.ts';

type FieldMessagesProps = { fieldId: string; description?: ReactNode; error?: string | undefined };

/**
 * A field's help text and error message (@utrecht/form-field-description-react and
 * -error-message-react) in the form field's slots, with the ids the control's
 * aria-describedby points to. The error comes before the control, so it is read first.
 */
export function FieldMessages({ fieldId, description, error }: FieldMessagesProps) {
  const { t } = useTranslation();
  return (
    <>
      {description ? (
        <FormFieldDescription
          id={descriptionId(fieldId)}
          className="utrecht-form-field__description"
        >
          {description}
        </FormFieldDescription>
      ) : null}
      {error ? (
        <FormFieldErrorMessage id={errorId(fieldId)} className="utrecht-form-field__error-message">
          <span className="ods-visually-hidden">{t('ui.errorPrefix')} </span>
          {error}
        </FormFieldErrorMessage>
      ) : null}
    </>
  );
}
