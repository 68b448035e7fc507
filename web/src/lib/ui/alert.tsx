import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation.ts';

type AlertType = 'info' | 'ok' | 'warning' | 'error';

type AlertProps = {
  type: AlertType;
  children: ReactNode;
  /** 'alert' interrupts a screen reader, 'status' waits its turn; none for notices on page load. */
  role?: 'alert' | 'status';
};

/**
 * A coloured notice box. The colour is never the only signal: each alert starts with a word
 * such as "Let op" or "Gelukt" that says what kind of notice it is.
 */
export function Alert({ type, children, role }: AlertProps) {
  const { t } = useTranslation();
  return (
    <div className={`utrecht-alert utrecht-alert--${type}`} role={role}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <strong className="ods-alert-kind">{t(`ui.alert.${type}`)}</strong> {children}
        </div>
      </div>
    </div>
  );
}
