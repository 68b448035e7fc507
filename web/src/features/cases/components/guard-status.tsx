import { useTranslation } from '../../../lib/i18n/use-translation.ts';

type GuardStatusProps = {
  total: number;
  blocking: number;
  unconfirmed: number;
  /** What the last one-click fix did, said once. */
  lastFix: string;
};

/**
 * The guard's verdict in one sentence, in a polite live region: screen reader users hear how
 * many findings there are when typing pauses, without being interrupted while they type.
 */
export function GuardStatus({ total, blocking, unconfirmed, lastFix }: GuardStatusProps) {
  const { t } = useTranslation();
  const verdict =
    total === 0
      ? t('cases.guard.statusNone')
      : [
          t('cases.guard.status', { count: total }),
          blocking > 0 ? t('cases.guard.statusBlocking', { count: blocking }) : '',
          unconfirmed > 0 ? t('cases.guard.statusUnconfirmed', { count: unconfirmed }) : '',
        ]
          .filter(Boolean)
          .join(' ');
  return (
    <div
      role="status"
      aria-live="polite"
      className={`ods-guard-status ods-guard-status--${blocking > 0 ? 'block' : total > 0 ? 'warn' : 'ok'}`}
    >
      <p className="utrecht-paragraph">
        <strong>{t('cases.guard.statusTitle')}</strong> {lastFix ? `${lastFix} ` : ''}
        {verdict}
      </p>
    </div>
  );
}
