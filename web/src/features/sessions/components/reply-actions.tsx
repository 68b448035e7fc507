import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { SessionDetails } from '@ods/shared/api/sessions';
import { ApiError } from '../../../lib/api/api-error.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { ButtonGroup } from '../../../lib/ui/button-group.tsx';
import { useReplyToSession } from '../api/reply-to-session.ts';
import { DeclineDetails } from './decline-details.tsx';

const OPEN = ['invited', 'confirmed', 'moved'];

/** Accept, or decline with an optional reason and better moment, from "Mijn sessies". */
export function ReplyActions({ session }: { session: SessionDetails }) {
  const { t } = useTranslation();
  const reply = useReplyToSession(session.id);
  const [declining, setDeclining] = useState(false);
  const [details, setDetails] = useState({ reason: '', betterMoment: '' });
  if (!OPEN.includes(session.state) || session.myRole === null) return null;

  const decline = (event: FormEvent) => {
    event.preventDefault();
    reply.mutate({
      reply: 'declined',
      ...(details.reason.trim() ? { reason: details.reason.trim() } : {}),
      ...(details.betterMoment.trim() ? { betterMoment: details.betterMoment.trim() } : {}),
    });
  };

  return (
    <div className="ods-reply-actions">
      {reply.isError ? (
        <Alert type="error" role="alert">
          {reply.error instanceof ApiError ? reply.error.message : t('errors.network')}
        </Alert>
      ) : null}
      {declining ? (
        <form noValidate onSubmit={decline} className="ods-form">
          <DeclineDetails
            idPrefix={`decline-${session.id}`}
            value={details}
            onChange={setDetails}
          />
          <ButtonGroup>
            <Button type="submit" danger busy={reply.isPending}>
              {t('sessions.decline.submit')}
            </Button>
            <Button appearance="subtle" onClick={() => setDeclining(false)}>
              {t('sessions.decline.back')}
            </Button>
          </ButtonGroup>
        </form>
      ) : (
        <ButtonGroup>
          {session.myReply === 'accepted' ? null : (
            <Button
              appearance="primary"
              busy={reply.isPending}
              onClick={() => reply.mutate({ reply: 'accepted' })}
            >
              {t('sessions.accept')}
            </Button>
          )}
          <Button onClick={() => setDeclining(true)}>{t('sessions.decline.open')}</Button>
        </ButtonGroup>
      )}
    </div>
  );
}
