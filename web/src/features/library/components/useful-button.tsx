import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { Button } from '../../../lib/ui/button.tsx';
import { useSetUseful } from '../api/mark-useful.ts';

type UsefulButtonProps = { id: string; title: string; count: number; marked: boolean };

/** "Nuttig": one mark per person, a toggle (aria-pressed) that shows how many found it useful. */
export function UsefulButton({ id, title, count, marked }: UsefulButtonProps) {
  const { t } = useTranslation();
  const mutation = useSetUseful();
  return (
    <Button
      aria-pressed={marked}
      aria-label={t('library.useful.label', { title, count })}
      busy={mutation.isPending}
      onClick={() => mutation.mutate({ id, useful: !marked })}
    >
      {t('library.useful.button', { count })}
    </Button>
  );
}
