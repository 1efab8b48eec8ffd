import { useTranslation } from 'react-i18next';
import { Alert } from '@driehoek/ui/Alert';
import { Button } from '@driehoek/ui/Button';

/** Fetching failed (offline, server busy): say so and offer to try again. */
export function LoadFailed({ retrying, onRetry }: { retrying: boolean; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <Alert tone="error" title={t('app.failedTitle')}>
      <p>{t('app.failed')}</p>
      <Button variant="secondary" busy={retrying} onClick={onRetry}>
        {t('app.retry')}
      </Button>
    </Alert>
  );
}
