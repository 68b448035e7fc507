import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useNavigate } from 'react-router';
import { PATHS } from '../../../lib/routing/paths.ts';
import { Button } from '../../../lib/ui/button.tsx';
import { useSignOut } from '../api/sign-out.ts';

/** Ends the session and returns to the home page. */
export function SignOutButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut(() => Promise.resolve(navigate(PATHS.home, { flushSync: true })));
  return (
    <Button
      appearance="subtle"
      className="ods-sign-out"
      busy={signOut.isPending}
      onClick={() => signOut.mutate()}
    >
      {t('app.nav.signOut')}
    </Button>
  );
}
