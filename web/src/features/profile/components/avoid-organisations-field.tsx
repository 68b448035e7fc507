import { useMemo } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { LIMITS } from '@ods/shared/api/limits';
import type { Organisation } from '@ods/shared/api/reference';
import { Button } from '../../../lib/ui/button.tsx';
import { Combobox } from '../../../lib/ui/combobox.tsx';
import { organisationSearch } from './organisation-options.ts';

type AvoidOrganisationsFieldProps = {
  id: string;
  organisations: readonly Organisation[];
  ownOrganisationId: string | undefined;
  value: readonly string[];
  onChange: (organisationIds: string[]) => void;
  error?: string | undefined;
};

/** Optional: organisations someone would rather not share a group with (e.g. competitors). */
export function AvoidOrganisationsField({
  id,
  organisations,
  ownOrganisationId,
  value,
  onChange,
  error,
}: AvoidOrganisationsFieldProps) {
  const { t } = useTranslation();
  const exclude = useMemo(
    () => [...value, ...(ownOrganisationId ? [ownOrganisationId] : [])],
    [value, ownOrganisationId],
  );
  const search = useMemo(
    () => organisationSearch(organisations, t, exclude),
    [organisations, t, exclude],
  );
  const chosen = value.map((organisationId) => ({
    id: organisationId,
    name:
      organisations.find((organisation) => organisation.id === organisationId)?.name ??
      organisationId,
  }));
  const full = value.length >= LIMITS.avoidOrganisationsMax;
  return (
    <div className="ods-avoid-organisations">
      {full ? (
        <p className="utrecht-paragraph">
          {t('profile.avoid.full', { count: LIMITS.avoidOrganisationsMax })}
        </p>
      ) : (
        <Combobox
          id={id}
          label={t('profile.avoid.label')}
          description={t('profile.avoid.description')}
          error={error}
          search={search}
          clearAfterSelect
          onSelect={(option) => onChange([...value, option.id])}
        />
      )}
      {chosen.length > 0 ? (
        <ul className="ods-chosen-list" aria-label={t('profile.avoid.chosen')}>
          {chosen.map((organisation) => (
            <li key={organisation.id} className="ods-chosen-list__item">
              <span>{organisation.name}</span>
              <Button
                appearance="subtle"
                onClick={() => {
                  onChange(value.filter((other) => other !== organisation.id));
                  // The button disappears with the item; keep focus nearby instead of losing it.
                  document.getElementById(id)?.focus();
                }}
              >
                {t('profile.avoid.remove', { name: organisation.name })}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
