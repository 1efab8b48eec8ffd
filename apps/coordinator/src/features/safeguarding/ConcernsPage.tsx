import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { Alert } from '@driehoek/ui/Alert';
import { Badge } from '@driehoek/ui/Badge';
import { Button } from '@driehoek/ui/Button';
import { Card } from '@driehoek/ui/Card';
import { SelectField } from '@driehoek/ui/SelectField';
import { queryClient, trpc } from '../../trpc';
import { formatMoment } from '../../dates';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { PageHeading } from '../../shell/PageHeading';
import { useServerErrorText } from '../../server-errors';
import type { ConcernQueueItem, SafeguardingRoles } from '../../api-types';

/**
 * The concerns queue (SAF-15): the concerns the signed-in coordinator or safeguarding lead is on
 * the case of, overdue and acute first, each with its next time target; and the organisation's
 * safeguarding lead and deputy (SAF-17).
 */
export function ConcernsPage() {
  const { t } = useTranslation();
  const concerns = useQuery(trpc.concerns.list.queryOptions({}));
  return (
    <>
      <PageHeading>{t('concerns.title')}</PageHeading>
      <p className="dh-lead">{t('concerns.intro')}</p>
      {concerns.isPending ? (
        <LoadingState />
      ) : concerns.isError ? (
        <LoadError error={concerns.error} onRetry={() => void concerns.refetch()} />
      ) : concerns.data.queue.length === 0 ? (
        <Alert tone="success" title={t('concerns.emptyTitle')}>
          <p>{t('concerns.empty')}</p>
        </Alert>
      ) : (
        <ul className="coordinator-today-list">
          {concerns.data.queue.map((item) => (
            <QueueLine key={item.id} item={item} />
          ))}
        </ul>
      )}
      <RolesCard />
    </>
  );
}

function QueueLine({ item }: { item: ConcernQueueItem }) {
  const { t, i18n } = useTranslation();
  const next = item.timers.open[0];
  return (
    <li className={`coordinator-today-item coordinator-today-item--${item.timers.overdue || (item.acuteDanger && !item.acknowledged) ? 'urgent' : 'soon'}`}>
      <p className="coordinator-today-what">
        {item.acuteDanger && <Badge tone="danger">{t('concerns.acute')}</Badge>} {item.timers.overdue && <Badge tone="danger">{t('concerns.overdue')}</Badge>}{' '}
        <Link href={`/concerns/${encodeURIComponent(item.id)}`}>{t('concerns.line', { pupil: item.pupil.name, at: formatMoment(item.reportedAt, i18n.language) })}</Link>
      </p>
      <p className="coordinator-today-reason">
        {t(`concernStatus.${item.status}`)}
        {next && ` · ${t('concerns.due', { target: t(`concernTimer.${next.kind}`), at: formatMoment(next.dueAt, i18n.language) })}`}
      </p>
    </li>
  );
}

/** SAF-17: set the safeguarding lead and the deputy (two people) before any match can start. */
function RolesCard() {
  const { t } = useTranslation();
  const roles = useQuery(trpc.safeguarding.roles.queryOptions());
  return (
    <Card title={t('concerns.roles.title')}>
      {roles.isPending ? <LoadingState /> : roles.isError ? <LoadError error={roles.error} onRetry={() => void roles.refetch()} /> : <RolesForm roles={roles.data} />}
    </Card>
  );
}

function RolesForm({ roles }: { roles: SafeguardingRoles }) {
  const { t } = useTranslation();
  const errorText = useServerErrorText();
  const [lead, setLead] = useState(roles.leads[0]?.staffMemberId ?? '');
  const [deputy, setDeputy] = useState(roles.deputies[0]?.staffMemberId ?? '');
  const save = useMutation(trpc.safeguarding.setRoles.mutationOptions({ onSuccess: (next) => queryClient.setQueryData(trpc.safeguarding.roles.queryKey(), next) }));
  const options = [{ value: '', label: t('concerns.roles.nobody') }, ...roles.candidates.map((candidate) => ({ value: candidate.id, label: candidate.name }))];
  return (
    <form
      className="dh-form"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ leadIds: lead ? [lead] : [], deputyIds: deputy ? [deputy] : [] });
      }}
    >
      {!roles.complete && (
        <Alert tone="warning" title={t('concerns.roles.incompleteTitle')}>
          <p>{t('concerns.roles.incomplete')}</p>
        </Alert>
      )}
      {save.isError && (
        <Alert tone="error" title={t('errors.saveFailed')}>
          <p>{errorText(save.error)}</p>
        </Alert>
      )}
      <div className="coordinator-settings-grid">
        <SelectField label={t('concerns.roles.lead')} options={options} value={lead} onChange={(event) => setLead(event.target.value)} />
        <SelectField label={t('concerns.roles.deputy')} options={options} value={deputy} onChange={(event) => setDeputy(event.target.value)} />
      </div>
      <div className="dh-actions">
        <Button type="submit" disabled={save.isPending}>
          {t('concerns.roles.save')}
        </Button>
      </div>
    </form>
  );
}
