import { Link } from '@utrecht/link-react';
import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { useTranslation } from '../i18n/use-translation.ts';
import { Heading } from './heading.tsx';

export type SummaryError = {
  /** The message, as shown next to the field. */
  message: string;
  /** The id of the control (or group) to jump to; absent for errors that belong to no field. */
  fieldId?: string | undefined;
};

type ErrorSummaryProps = {
  errors: readonly SummaryError[];
  /** Changes on every failed submit, so focus returns to the summary each time. */
  focusKey: number;
};

/**
 * The list of problems at the top of a form (the GOV.UK / NL Design System pattern). It takes
 * focus after a failed submit; each item links to its field and moves focus there. The box is
 * the alert's HTML on @utrecht/alert-css (Utrecht has no separate React package for the alert).
 */
export function ErrorSummary({ errors, focusKey }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const hasErrors = errors.length > 0;
  useEffect(() => {
    if (hasErrors && focusKey > 0) ref.current?.focus();
  }, [focusKey, hasErrors]);
  if (!hasErrors) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
      className="utrecht-alert utrecht-alert--error ods-error-summary"
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <Heading level={2} id={titleId}>
            {t('ui.errorSummary.title')}
          </Heading>
          <ul className="utrecht-unordered-list">
            {errors.map((error) => (
              <li
                key={`${error.fieldId ?? ''}:${error.message}`}
                className="utrecht-unordered-list__item"
              >
                {error.fieldId ? (
                  <Link
                    href={`#${error.fieldId}`}
                    onClick={(event) => jumpToField(event, error.fieldId!)}
                  >
                    {error.message}
                  </Link>
                ) : (
                  error.message
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

const FOCUSABLE = 'input:not([disabled]), select, textarea, button:not([disabled]), [tabindex="0"]';

// Following the href would change the URL's fragment (which the router and the sign-in page
// read), so focus the field directly; a group's first control stands in for the group.
function jumpToField(event: MouseEvent<HTMLAnchorElement>, fieldId: string): void {
  const target = document.getElementById(fieldId);
  if (!target) return;
  event.preventDefault();
  const control = target.matches(FOCUSABLE) ? target : target.querySelector<HTMLElement>(FOCUSABLE);
  target.scrollIntoView({ block: 'center' });
  (control ?? target).focus({ preventScroll: true });
}
