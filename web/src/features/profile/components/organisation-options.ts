import type { TFunction } from '../../../lib/i18n/use-translation.ts';
import type { Organisation } from '@ods/shared/api/reference';
import type { ComboboxOption } from '../../../lib/ui/combobox.tsx';
import { searchOrganisations } from '../model/organisation-search.ts';

/** A search function for the combobox: matching organisations, with where they are as detail. */
export function organisationSearch(
  organisations: readonly Organisation[],
  t: TFunction,
  exclude: readonly string[] = [],
): (query: string) => ComboboxOption[] {
  const candidates = organisations.filter((organisation) => !exclude.includes(organisation.id));
  return (query) =>
    searchOrganisations(candidates, query).map((organisation) => ({
      id: organisation.id,
      label: organisation.name,
      detail:
        organisation.kind === 'gemeente'
          ? t('profile.organisation.municipalityDetail', { province: organisation.province })
          : t('profile.organisation.organisationDetail', {
              municipality: organisation.municipalityName,
            }),
    }));
}
