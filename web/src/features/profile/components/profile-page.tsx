import { useDeferredValue } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../lib/api/api-error.ts';
import { currentLanguage } from '../../../lib/i18n/language.ts';
import { useOrganisations } from '../../../lib/queries/organisations.ts';
import { useProfile } from '../../../lib/queries/profile.ts';
import { useCurrentUser } from '../../../lib/queries/session.ts';
import { useTopics } from '../../../lib/queries/topics.ts';
import { PATHS } from '../../../lib/routing/paths.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { PageHeading } from '../../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useUpdateProfile } from '../api/update-profile.ts';
import { draftFromProfile, emptyDraft } from '../model/profile-draft.ts';
import { ProfileForm } from './profile-form.tsx';

/** Onboarding and later editing: one short form, then on to the pool. */
export function ProfilePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const profile = useProfile();
  const topics = useTopics();
  const organisations = useOrganisations();
  const save = useUpdateProfile();
  const isNew = !user?.profileComplete;

  // A person who never saved a profile may get a 404; that simply means an empty form.
  const noProfileYet = profile.error instanceof ApiError && profile.error.status === 404;
  const failed = (profile.isError && !noProfileYet) || topics.isError || organisations.isError;
  const loading =
    (profile.isPending && !noProfileYet) || topics.isPending || organisations.isPending;
  const saved = profile.data;
  // The form (about 550 elements: the week grid, a choice per topic) renders as a transition,
  // which React splits into short slices, instead of in one long task the moment the data
  // arrives: on a phone's slower processor that task held up the main thread for 250 ms.
  const formReady = useDeferredValue(!loading);

  return (
    <>
      <PageHeading title={t('profile.pageTitle')}>
        {t(isNew ? 'profile.titleNew' : 'profile.titleEdit')}
      </PageHeading>
      <Paragraph lead>{t(isNew ? 'profile.introNew' : 'profile.introEdit')}</Paragraph>
      <Paragraph>{t('profile.requiredNote')}</Paragraph>
      {failed ? (
        <>
          <Alert type="error">{t('profile.loadError')}</Alert>
          <Button
            onClick={() => {
              void profile.refetch();
              void topics.refetch();
              void organisations.refetch();
            }}
          >
            {t('app.retry')}
          </Button>
        </>
      ) : loading || !formReady ? (
        <Paragraph role="status">{t('app.loading')}</Paragraph>
      ) : (
        <ProfileForm
          initialDraft={
            saved ? draftFromProfile(saved) : emptyDraft(currentLanguage(), user?.name ?? '')
          }
          saved={saved}
          topics={topics.data ?? []}
          organisations={organisations.data ?? []}
          saving={save.isPending}
          onSave={(input, onError) =>
            save.mutate(input, {
              onSuccess: () => void navigate(PATHS.pool, { state: { profileSaved: true } }),
              onError,
            })
          }
        />
      )}
    </>
  );
}
