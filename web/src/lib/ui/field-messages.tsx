import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation.ts';
import { descriptionId, errorId } from './field-ids.ts';

type FieldMessagesProps = { fieldId: string; description?: ReactNode; error?: string | undefined };

/** A field's help text and error message, in the design system's slots. */
export function FieldMessages({ fieldId, description, error }: FieldMessagesProps) {
  const { t } = useTranslation();
  return (
    <>
      {description ? (
        <div className="utrecht-form-field__description">
          <div id={descriptionId(fieldId)} className="utrecht-form-field-description">
            {description}
          </div>
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field__error-message">
          <p id={errorId(fieldId)} className="utrecht-form-field-error-message">
            <span className="ods-visually-hidden">{t('ui.errorPrefix')} </span>
            {error}
          </p>
        </div>
      ) : null}
    </>
  );
}
