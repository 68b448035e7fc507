import { useMemo } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { Organisation } from '@ods/shared/api/reference';
import { Combobox } from '../../../lib/ui/combobox.tsx';
import { organisationSearch } from './organisation-options.ts';

type OrganisationFieldProps = {
  id: string;
  organisations: readonly Organisation[];
  value: string | undefined;
  onChange: (organisationId: string) => void;
  error?: string | undefined;
};

/** Where someone works: a municipality, or an organisation in one, picked from the full list. */
export function OrganisationField({
  id,
  organisations,
  value,
  onChange,
  error,
}: OrganisationFieldProps) {
  const { t } = useTranslation();
  const search = useMemo(() => organisationSearch(organisations, t), [organisations, t]);
  const selected = organisations.find((organisation) => organisation.id === value);
  return (
    <Combobox
      id={id}
      label={t('profile.organisation.label')}
      description={t('profile.organisation.description')}
      error={error}
      search={search}
      selectedLabel={selected?.name}
      onSelect={(option) => onChange(option.id)}
    />
  );
}
