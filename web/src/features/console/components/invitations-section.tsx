import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useFormErrors } from '../../../lib/forms/use-form-errors.ts';
import { formatMoment } from '../../../lib/i18n/format-time.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { DataTable } from '../../../lib/ui/data-table.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { SelectField } from '../../../lib/ui/select-field.tsx';
import { TextField } from '../../../lib/ui/text-field.tsx';
import { useInvitationChange, useInvitations, useNetwork } from '../api/networks.ts';
import { ConsoleSection } from './console-section.tsx';
import { FormProblems } from './form-problems.tsx';

type InvitationChange = { end: string } | { email: string; organisationId: string };

/** Invite colleagues by mail (their organisation filled in for them); see and end open ones. */
export function InvitationsSection({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const network = useNetwork(networkId);
  const invitations = useInvitations(networkId);
  const [email, setEmail] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [sent, setSent] = useState(false);
  const { errors, show, showFailure } = useFormErrors([]);
  const change = useInvitationChange(networkId, (input: InvitationChange) =>
    'end' in input
      ? { path: `/invitations/${input.end}/end` }
      : { path: '/invitations', body: input },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    show({ fields: {}, general: [] });
    setSent(false);
    change.send(
      { email, organisationId },
      {
        onSuccess: () => {
          setEmail('');
          setSent(true);
        },
        onError: showFailure,
      },
    );
  };

  const open = invitations.data?.invitations ?? [];
  return (
    <ConsoleSection id="uitnodigingen" heading={t('console.invitations.heading')}>
      <Paragraph>{t('console.invitations.description')}</Paragraph>
      <div role="status">
        {sent ? <Alert type="ok">{t('console.invitations.sent')}</Alert> : null}
      </div>
      <form noValidate onSubmit={submit} className="ods-form">
        <FormProblems messages={errors.general} />
        <TextField
          id="invite-email"
          type="email"
          label={t('console.invitations.email')}
          value={email}
          onChange={setEmail}
        />
        <SelectField
          id="invite-organisation"
          label={t('console.invitations.organisation')}
          placeholder={t('console.organisations.choose')}
          value={organisationId}
          onChange={setOrganisationId}
          groups={[
            {
              label: '',
              options: (network.data?.organisations ?? []).map((o) => ({
                value: o.id,
                label: o.name,
              })),
            },
          ]}
        />
        <Button type="submit" appearance="primary" busy={change.isPending}>
          {t('console.invitations.send')}
        </Button>
      </form>
      {open.length === 0 ? (
        <Paragraph>{t('console.invitations.none')}</Paragraph>
      ) : (
        <DataTable
          caption={t('console.invitations.caption', { count: open.length })}
          columns={[
            t('console.invitations.email'),
            t('console.invitations.organisation'),
            t('console.invitations.sentAt'),
            t('console.actions'),
          ]}
          rows={open.map((invitation) => ({
            key: invitation.id,
            cells: [
              invitation.email,
              invitation.organisationName,
              formatMoment(invitation.createdAt, language),
              <Button appearance="subtle" onClick={() => change.send({ end: invitation.id })}>
                {t('console.invitations.end', { email: invitation.email })}
              </Button>,
            ],
          }))}
        />
      )}
    </ConsoleSection>
  );
}
