import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { useLocation } from 'wouter';
import { Button } from '@driehoek/ui/Button';
import { setSignedIn, trpc } from '../../trpc';

/** Ends the session and forgets every loaded record, so nothing stays in memory for the next user. */
export function LogoutButton() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSettled: () => {
        setSignedIn(null);
        // After the app has switched to the login page, so the pipeline does not start loading again.
        setTimeout(() => navigate('/', { replace: true }), 0);
      },
    }),
  );
  return (
    <Button type="button" variant="secondary" busy={logout.isPending} onClick={() => logout.mutate()}>
      {t('app.logout')}
    </Button>
  );
}
