import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { formatDate } from '../../../lib/i18n/format-date.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { CheckboxField } from '../../../lib/ui/checkbox-field.tsx';
import { Fieldset } from '../../../lib/ui/fieldset.tsx';
import { UnorderedList } from '../../../lib/ui/lists.tsx';

type HouseRulesFieldProps = {
  id: string;
  /** When the rules were accepted before (ISO time), or null for a newcomer. */
  acceptedAt: string | null;
  accepted: boolean;
  onChange: (accepted: boolean) => void;
  error?: string | undefined;
};

/** The house rules, accepted once with a checkbox; later visits only show when that was. */
export function HouseRulesField({
  id,
  acceptedAt,
  accepted,
  onChange,
  error,
}: HouseRulesFieldProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Fieldset id={id} legend={t('profile.houseRules.legend')} error={error}>
      <UnorderedList items={t('profile.houseRules.rules', { returnObjects: true })} />
      {acceptedAt ? (
        <p className="utrecht-paragraph">
          {t('profile.houseRules.acceptedOn', {
            date: formatDate(acceptedAt, language),
          })}
        </p>
      ) : (
        <CheckboxField
          id={`${id}-accept`}
          label={t('profile.houseRules.accept')}
          checked={accepted}
          onChange={onChange}
          required
        />
      )}
    </Fieldset>
  );
}
