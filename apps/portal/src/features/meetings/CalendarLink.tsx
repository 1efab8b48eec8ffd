import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { Alert } from '@driehoek/ui/Alert';
import { Button } from '@driehoek/ui/Button';
import { Card } from '@driehoek/ui/Card';
import { trpc } from '../../trpc.js';

/**
 * "Put the meetings in my calendar": a secret link a calendar app subscribes to. A new link
 * replaces the old one; "stop the link" ends it (a lost phone, a shared link).
 */
export function CalendarLink() {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const [stopped, setStopped] = useState(false);
  const create = useMutation(trpc.portal.calendarLink.mutationOptions({ onSuccess: (result) => (setUrl(result.url), setStopped(false)) }));
  const revoke = useMutation(trpc.portal.revokeCalendarLink.mutationOptions({ onSuccess: () => (setUrl(null), setStopped(true)) }));
  return (
    <Card title={t('calendar.title')}>
      <p>{t('calendar.intro')}</p>
      {url && (
        <div role="status">
          <p>{t('calendar.copy')}</p>
          <p>
            <a href={url.replace(/^https?:/, 'webcal:')}>{t('calendar.open')}</a>
          </p>
          <input className="dh-input" readOnly value={url} aria-label={t('calendar.linkLabel')} onFocus={(event) => event.currentTarget.select()} />
          <p className="dh-muted">{t('calendar.secret')}</p>
        </div>
      )}
      {stopped && (
        <Alert tone="success" title={t('calendar.stoppedTitle')}>
          <p>{t('calendar.stopped')}</p>
        </Alert>
      )}
      {(create.isError || revoke.isError) && (
        <Alert tone="error" title={t('calendar.failed')}>
          <p>{t('errors.network')}</p>
        </Alert>
      )}
      <div className="dh-actions">
        <Button busy={create.isPending} onClick={() => create.mutate()}>
          {url ? t('calendar.newLink') : t('calendar.makeLink')}
        </Button>
        <Button variant="secondary" busy={revoke.isPending} onClick={() => revoke.mutate()}>
          {t('calendar.stop')}
        </Button>
      </div>
    </Card>
  );
}
