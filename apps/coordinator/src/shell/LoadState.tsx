import { useTranslation } from 'react-i18next';
import { Alert } from '@driehoek/ui/Alert';
import { Button } from '@driehoek/ui/Button';
import { useServerErrorText } from '../server-errors';

export function LoadingState() {
  const { t } = useTranslation();
  return (
    <p role="status" className="coordinator-loading">
      {t('app.loading')}
    </p>
  );
}

export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const text = useServerErrorText();
  return (
    <Alert tone="error" title={t('app.loadFailed')}>
      <p>{text(error)}</p>
      {onRetry && (
        <Button type="button" variant="secondary" onClick={onRetry}>
          {t('app.retry')}
        </Button>
      )}
    </Alert>
  );
}
