import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useFormErrors } from '../../../lib/forms/use-form-errors.ts';
import { useOrganisations } from '../../../lib/queries/organisations.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { DataTable } from '../../../lib/ui/data-table.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { SelectField } from '../../../lib/ui/select-field.tsx';
import { TextField } from '../../../lib/ui/text-field.tsx';
import { useNetwork, useNetworkChange } from '../api/networks.ts';
import { ConsoleSection } from './console-section.tsx';
import { FormProblems } from './form-problems.tsx';

type MemberChange = { organisationId: string; domains?: string[] };

/** The member organisations of a network and the mail domains it accepts for each. */
export function OrganisationsSection({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const network = useNetwork(networkId);
  const organisations = useOrganisations();
  const [organisationId, setOrganisationId] = useState('');
  const [domains, setDomains] = useState('');
  const { errors, show, showFailure } = useFormErrors([]);
  const change = useNetworkChange(networkId, (input: MemberChange) => ({
    method: input.domains ? 'PUT' : 'DELETE',
    path: `/organisations/${encodeURIComponent(input.organisationId)}`,
    ...(input.domains ? { body: { domains: input.domains } } : {}),
  }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    show({ fields: {}, general: [] });
    const list = domains
      .split(/[\s,;]+/)
      .map((d) => d.trim().toLowerCase())
      .filter(Boolean);
    change.send(
      { organisationId, domains: list },
      { onSuccess: () => setDomains(''), onError: showFailure },
    );
  };

  const members = network.data?.organisations ?? [];
  return (
    <ConsoleSection id="organisaties" heading={t('console.organisations.heading')}>
      {network.data?.coversAll ? (
        <Alert type="info">{t('console.organisations.coversAll')}</Alert>
      ) : members.length === 0 ? (
        <Paragraph>{t('console.organisations.empty')}</Paragraph>
      ) : (
        <DataTable
          caption={t('console.organisations.caption', { count: members.length })}
          columns={[
            t('console.organisations.organisation'),
            t('console.organisations.domains'),
            t('console.actions'),
          ]}
          rows={members.map((o) => ({
            key: o.id,
            cells: [
              o.name,
              o.domains.join(', ') || t('console.organisations.noDomains'),
              <Button appearance="subtle" onClick={() => change.send({ organisationId: o.id })}>
                {t('console.organisations.remove', { name: o.name })}
              </Button>,
            ],
          }))}
        />
      )}
      <form noValidate onSubmit={submit} className="ods-form">
        <FormProblems messages={errors.general} />
        <SelectField
          id="member-organisation"
          label={t('console.organisations.add')}
          placeholder={t('console.organisations.choose')}
          value={organisationId}
          onChange={setOrganisationId}
          groups={[
            {
              label: '',
              options: (organisations.data ?? []).map((o) => ({ value: o.id, label: o.name })),
            },
          ]}
        />
        <TextField
          id="member-domains"
          label={t('console.organisations.domainsLabel')}
          description={t('console.organisations.domainsDescription')}
          value={domains}
          onChange={setDomains}
        />
        <Button type="submit" appearance="primary" busy={change.isPending}>
          {t('console.organisations.save')}
        </Button>
      </form>
    </ConsoleSection>
  );
}
