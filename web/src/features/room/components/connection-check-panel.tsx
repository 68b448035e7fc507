import { useEffect, useState } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { Heading } from '../../../lib/ui/heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { runConnectionCheck } from '../api/run-connection-check.ts';
import type { ConnectionVerdict } from '../model/connection-verdict.ts';

type CheckState =
  { kind: 'running' } | { kind: 'done'; verdict: ConnectionVerdict } | { kind: 'error' };

const ALERT_TYPE: Record<ConnectionVerdict, 'ok' | 'warning' | 'error'> = {
  ok: 'ok',
  relay: 'warning',
  'signal-blocked': 'error',
  'media-blocked': 'error',
};

/** Runs the connection check when the pre-join step opens, and again on request. */
export function ConnectionCheckPanel({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<CheckState>({ kind: 'running' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    let active = true;
    runConnectionCheck(sessionId).then(
      (verdict) => active && setState({ kind: 'done', verdict }),
      () => active && setState({ kind: 'error' }),
    );
    return () => {
      active = false;
    };
  }, [sessionId, round]);

  return (
    <section aria-labelledby="connection-check-heading" className="ods-connection-check">
      <Heading level={4} id="connection-check-heading">
        {t('room.check.heading')}
      </Heading>
      <Paragraph>{t('room.check.intro')}</Paragraph>
      <div role="status" data-connection-check={state.kind === 'done' ? state.verdict : state.kind}>
        {state.kind === 'running' ? <Paragraph>{t('room.check.running')}</Paragraph> : null}
        {state.kind === 'done' ? (
          <Alert type={ALERT_TYPE[state.verdict]}>{t(`room.check.verdict.${state.verdict}`)}</Alert>
        ) : null}
        {state.kind === 'error' ? <Alert type="error">{t('room.check.failed')}</Alert> : null}
      </div>
      <Button
        busy={state.kind === 'running'}
        onClick={() => {
          setState({ kind: 'running' });
          setRound((r) => r + 1);
        }}
      >
        {t('room.check.again')}
      </Button>
    </section>
  );
}
