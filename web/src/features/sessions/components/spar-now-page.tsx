import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../lib/api/api-error.ts';
import { useIdempotencyKey } from '../../../lib/api/use-idempotency-key.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { useOfferedTopics } from '../../../lib/queries/topics.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { PageHeading } from '../../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useNetworks } from '../../../lib/queries/networks.ts';
import { SelectField } from '../../../lib/ui/select-field.tsx';
import { TextAreaField } from '../../../lib/ui/text-area-field.tsx';
import { useSparNow } from '../api/spar-now.ts';

const STARTS_IN = [0, 15, 30, 45, 60];

/**
 * /coordinator/spar-nu: a coordinator starts a session for a group within the hour. The
 * group gets the normal invitation; the room opens as for any session.
 */
export function SparNowPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const start = useSparNow();
  const [topic, setTopic] = useState('');
  const [startsIn, setStartsIn] = useState('0');
  const [emails, setEmails] = useState('');
  const networks = useNetworks().data?.networks ?? [];
  const [chosenNetwork, setNetworkId] = useState('');
  const networkId = chosenNetwork || networks[0]?.id || '';
  // The topics of the network the session is for, as in a round for it.
  const topics = useOfferedTopics(networkId ? { network: networkId } : undefined);
  const fields = start.error instanceof ApiError ? start.error.fields : {};
  const requestKey = useIdempotencyKey();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const list = emails
      .split(/[\s,;]+/)
      .map((e) => e.trim())
      .filter(Boolean);
    const body = {
      topic,
      startsInMinutes: Number(startsIn),
      emails: [...new Set(list)],
      ...(networkId ? { networkId } : {}),
    };
    start.mutate(
      { body, key: requestKey.keyFor(body) },
      {
        onSettled: (_, failure) => requestKey.settled(failure ?? undefined),
        onSuccess: ({ sessionId }) => void navigate(`/sessies/${sessionId}`),
      },
    );
  };
  return (
    <>
      <PageHeading>{t('sparNow.title')}</PageHeading>
      <Paragraph lead>{t('sparNow.intro')}</Paragraph>
      <form onSubmit={submit} noValidate className="ods-form">
        {/* Someone who runs several networks says whose session this is. */}
        {networks.length > 1 ? (
          <SelectField
            id="spar-now-network"
            label={t('rounds.form.network')}
            placeholder={t('rounds.form.chooseNetwork')}
            value={networkId}
            onChange={setNetworkId}
            error={fields.networkId}
            groups={[{ label: '', options: networks.map((n) => ({ value: n.id, label: n.name })) }]}
          />
        ) : null}
        <SelectField
          id="spar-now-topic"
          label={t('sparNow.topic')}
          placeholder={t('sparNow.chooseTopic')}
          value={topic}
          onChange={setTopic}
          error={fields.topic}
          required
          groups={[
            {
              label: '',
              options: (topics.data ?? []).map((item) => ({
                value: item.slug,
                label: item.name[language],
              })),
            },
          ]}
        />
        <SelectField
          id="spar-now-starts"
          label={t('sparNow.startsIn')}
          placeholder={t('sparNow.chooseStart')}
          value={startsIn}
          onChange={setStartsIn}
          groups={[
            {
              label: '',
              options: STARTS_IN.map((minutes) => ({
                value: String(minutes),
                label: t('sparNow.inMinutes', { count: minutes }),
              })),
            },
          ]}
        />
        <TextAreaField
          id="spar-now-emails"
          label={t('sparNow.emails')}
          description={t('sparNow.emailsHint')}
          value={emails}
          onChange={setEmails}
          error={fields.emails}
          maxLength={2000}
          required
        />
        {start.error && !(start.error instanceof ApiError && Object.keys(fields).length > 0) ? (
          <Alert type="error" role="alert">
            {start.error instanceof ApiError ? start.error.message : t('errors.network')}
          </Alert>
        ) : null}
        <Button type="submit" appearance="primary" busy={start.isPending}>
          {t('sparNow.submit')}
        </Button>
      </form>
    </>
  );
}
