import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../lib/api/api-error.ts';
import { useIdempotencyKey } from '../../../lib/api/use-idempotency-key.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { Heading } from '../../../lib/ui/heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useCopyStarterCase } from '../api/copy-starter-case.ts';
import { useStarterCases } from '../api/list-starter-cases.ts';
import { casePath } from '../case-paths.ts';
import { StarterCaseItem } from './starter-case-item.tsx';

/** Fictional example cases by theme; copying one opens it as my own draft. */
export function StarterLibrary() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const starters = useStarterCases();
  const copy = useCopyStarterCase();
  const requestKey = useIdempotencyKey();
  const themes = [...new Set((starters.data ?? []).map((s) => s.theme[language]))];

  const copyAndOpen = (slug: string) =>
    copy.mutate(
      { slug, key: requestKey.keyFor(slug) },
      {
        onSettled: (_, failure) => requestKey.settled(failure ?? undefined),
        onSuccess: (created) =>
          void navigate(casePath(created.id), { state: { notice: 'copied' } }),
      },
    );

  return (
    <section aria-labelledby="starter-cases-title">
      <Heading level={2} id="starter-cases-title">
        {t('cases.starters.title')}
      </Heading>
      <Paragraph>{t('cases.starters.lead')}</Paragraph>
      {copy.error ? (
        <Alert type="error" role="alert">
          {copy.error instanceof ApiError ? copy.error.message : t('errors.unexpected')}
        </Alert>
      ) : null}
      {starters.isPending ? (
        <Paragraph role="status">{t('app.loading')}</Paragraph>
      ) : starters.isError ? (
        <>
          <Alert type="error">{t('cases.starters.loadError')}</Alert>
          <Button onClick={() => void starters.refetch()}>{t('app.retry')}</Button>
        </>
      ) : (
        themes.map((theme) => (
          <section key={theme} aria-label={theme} className="ods-starter-theme">
            <Heading level={3}>{theme}</Heading>
            {starters.data
              .filter((s) => s.theme[language] === theme)
              .map((starter) => (
                <StarterCaseItem
                  key={starter.slug}
                  starter={starter}
                  copying={copy.isPending && copy.variables?.slug === starter.slug}
                  onCopy={() => copyAndOpen(starter.slug)}
                />
              ))}
          </section>
        ))
      )}
    </section>
  );
}
