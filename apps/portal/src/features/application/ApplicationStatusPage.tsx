import { useQuery } from '@tanstack/react-query';
import { isTRPCClientError } from '@trpc/client';
import { useTranslation } from 'react-i18next';
import type { AppRouter } from '@driehoek/api';
import { Alert } from '@driehoek/ui/Alert';
import { Badge, type BadgeProps } from '@driehoek/ui/Badge';
import { Button } from '@driehoek/ui/Button';
import { Card } from '@driehoek/ui/Card';
import { trpc } from '../../trpc.js';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { looksLikeToken, useStatusToken } from './token.js';
import type { ApplicationStatus } from '../../api-types.js';
import { ContactCoordinator } from '../../shell/ContactCoordinator.js';

const isUnknownLink = (error: unknown) => isTRPCClientError<AppRouter>(error) && (error.data?.code === 'NOT_FOUND' || error.data?.code === 'BAD_REQUEST');

/** The applicant's private page: where their application stands, reached from the e-mail link. */
export function ApplicationStatusPage() {
  const { t } = useTranslation();
  usePageTitle(t('status.title'));
  const token = useStatusToken();
  const valid = looksLikeToken(token);
  const status = useQuery({
    ...trpc.application.status.queryOptions({ token }),
    enabled: valid,
  });

  if (!valid || (status.isError && isUnknownLink(status.error))) return <UnknownLink />;

  return (
    <>
      <h1>{t('status.title')}</h1>
      {status.isPending && <p role="status">{t('status.loading')}</p>}
      {status.isError && (
        <Alert tone="error" title={t('status.failedTitle')}>
          <p>{t('status.failed')}</p>
          <Button variant="secondary" busy={status.isFetching} onClick={() => void status.refetch()}>
            {t('status.retry')}
          </Button>
        </Alert>
      )}
      {status.data && <StatusView status={status.data} />}
    </>
  );
}

function StatusView({ status }: { status: ApplicationStatus }) {
  const { t, i18n } = useTranslation();
  const closed = status.stage === 'rejected' || status.stage === 'withdrawn';
  return (
    <>
      <p className="dh-lead">{t('status.greeting', { name: status.firstName })}</p>

      <Card title={t('status.applicationTitle')}>
        <dl className="portal-facts">
          <dt>{t('status.programme')}</dt>
          <dd>{status.programmeName}</dd>
          <dt>{t('status.organisation')}</dt>
          <dd>{status.organisationName}</dd>
          <dt>{t('status.appliedOn')}</dt>
          <dd>
            <time dateTime={status.appliedOn}>{formatDate(status.appliedOn, i18n.resolvedLanguage ?? 'nl')}</time>
          </dd>
        </dl>
      </Card>

      <Card title={t('status.nowTitle')}>
        <p>{t(`stages.${status.stage}`, { defaultValue: t('stages.unknown') })}</p>
      </Card>

      {!closed && (
        <Card title={t('status.stepsTitle')}>
          <p>{t('status.stepsIntro')}</p>
          <ol className="dh-steps">
            {status.steps.map(({ step, state, requirement }) => {
              const shown = requirement === 'waived' ? 'waived' : state;
              return (
                <li key={step}>
                  <span className="portal-step__name">{t(`steps.${step}.name`, { defaultValue: step })}</span>
                  <Badge tone={TONES[shown] ?? 'neutral'}>{t(`states.${shown}`, { defaultValue: t('states.pending') })}</Badge>
                  <p className="portal-step__note">
                    {shown === 'pending'
                      ? t(`steps.${step}.todo`, { defaultValue: '' })
                      : t(`notes.${shown}`, { defaultValue: '' })}
                  </p>
                </li>
              );
            })}
          </ol>
        </Card>
      )}

      <ContactCoordinator intro={t('status.questions', { organisation: status.organisationName })} contact={status.contact} />
      <p className="dh-muted">{t('status.private')}</p>
    </>
  );
}

const TONES: Record<string, BadgeProps['tone']> = {
  done: 'success',
  pending: 'info',
  waived: 'neutral',
  failed: 'warning',
  expired: 'warning',
};

/** An ISO calendar date in the reader's language, e.g. "3 november 2026". */
function formatDate(iso: string, language: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}

function UnknownLink() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('unknownLink.title')}</h1>
      <Alert tone="warning">
        <p>{t('unknownLink.body')}</p>
      </Alert>
      <h2>{t('unknownLink.whatNowTitle')}</h2>
      <ul>
        <li>{t('unknownLink.latest')}</li>
        <li>{t('unknownLink.copy')}</li>
        <li>{t('unknownLink.again')}</li>
      </ul>
      <p>
        <a href="/apply">{t('unknownLink.applyLink')}</a>
      </p>
    </>
  );
}
