import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useFormErrors } from '../../../lib/forms/use-form-errors.ts';
import { useOrganisations } from '../../../lib/queries/organisations.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
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
    change.mutate(
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
        <div className="ods-wrapping-table">
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">
              {t('console.organisations.caption', { count: members.length })}
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t('console.organisations.organisation')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('console.organisations.domains')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('console.actions')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {members.map((o) => (
                <tr key={o.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {o.name}
                  </th>
                  <td className="utrecht-table__cell">
                    {o.domains.join(', ') || t('console.organisations.noDomains')}
                  </td>
                  <td className="utrecht-table__cell">
                    <Button
                      appearance="subtle"
                      onClick={() => change.mutate({ organisationId: o.id })}
                    >
                      {t('console.organisations.remove', { name: o.name })}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
