import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { NetworkSummary } from '@ods/shared/api/console';
import { useFormErrors } from '../../../lib/forms/use-form-errors.ts';
import { Button } from '../../../lib/ui/button.tsx';
import { SelectField } from '../../../lib/ui/select-field.tsx';
import { TextField } from '../../../lib/ui/text-field.tsx';
import { useAdminChange } from '../api/networks.ts';
import { ConsoleSection } from './console-section.tsx';
import { FormProblems } from './form-problems.tsx';

/** The admin's part: make a network, appoint its coordinators, end an appointment. */
export function AdminSection({ networks }: { networks: NetworkSummary[] }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [networkId, setNetworkId] = useState('');
  const [email, setEmail] = useState('');
  const created = useFormErrors([]);
  const appointed = useFormErrors([]);
  const create = useAdminChange((body: { name: string }) => ({
    method: 'POST',
    path: '/api/console/networks',
    body,
  }));
  const change = useAdminChange((input: { networkId: string; email?: string; dismiss?: string }) =>
    input.dismiss
      ? {
          method: 'DELETE',
          path: `/api/console/networks/${input.networkId}/coordinators/${input.dismiss}`,
        }
      : {
          method: 'POST',
          path: `/api/console/networks/${input.networkId}/coordinators`,
          body: { email: input.email },
        },
  );
  const target = networkId || networks[0]?.id || '';

  const submitCreate = (event: FormEvent) => {
    event.preventDefault();
    created.show({ fields: {}, general: [] });
    create.send({ name }, { onSuccess: () => setName(''), onError: created.showFailure });
  };
  const submitAppoint = (event: FormEvent) => {
    event.preventDefault();
    appointed.show({ fields: {}, general: [] });
    change.send(
      { networkId: target, email },
      { onSuccess: () => setEmail(''), onError: appointed.showFailure },
    );
  };

  return (
    <ConsoleSection id="beheer" level={2} heading={t('console.admin.heading')}>
      <form noValidate onSubmit={submitCreate} className="ods-form">
        <FormProblems messages={created.errors.general} />
        <TextField
          id="network-name"
          label={t('console.admin.name')}
          value={name}
          onChange={setName}
        />
        <Button type="submit" busy={create.isPending}>
          {t('console.admin.create')}
        </Button>
      </form>
      {networks.length > 0 ? (
        <>
          <ul className="utrecht-unordered-list">
            {networks.map((n) => (
              <li key={n.id}>
                {n.name}:{' '}
                {n.coordinators.length === 0
                  ? t('console.admin.noCoordinators')
                  : n.coordinators.map((c) => (
                      <span key={c.userId}>
                        {c.name} ({c.email}){' '}
                        <Button
                          appearance="subtle"
                          onClick={() => change.send({ networkId: n.id, dismiss: c.userId })}
                        >
                          {t('console.admin.dismiss', { name: c.name, network: n.name })}
                        </Button>
                      </span>
                    ))}
              </li>
            ))}
          </ul>
          <form noValidate onSubmit={submitAppoint} className="ods-form">
            <FormProblems messages={appointed.errors.general} />
            <SelectField
              id="appoint-network"
              label={t('console.network')}
              placeholder={t('console.chooseNetwork')}
              value={target}
              onChange={setNetworkId}
              groups={[
                { label: '', options: networks.map((n) => ({ value: n.id, label: n.name })) },
              ]}
            />
            <TextField
              id="appoint-email"
              type="email"
              label={t('console.admin.email')}
              description={t('console.admin.emailDescription')}
              value={email}
              onChange={setEmail}
            />
            <Button type="submit" busy={change.isPending}>
              {t('console.admin.appoint')}
            </Button>
          </form>
        </>
      ) : null}
    </ConsoleSection>
  );
}
