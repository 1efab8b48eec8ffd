import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Badge } from '@driehoek/ui/Badge';
import { Card } from '@driehoek/ui/Card';
import { trpc } from '../../../trpc';
import { formatDayWithWeekday } from '../../../dates';
import { LoadError, LoadingState } from '../../../shell/LoadState';
import type { MeetingLogView } from '../../../api-types';

/** "Verslagen": the volunteer's meeting logs, newest first; a challenge and "wants to talk" stand out. */
export function LogsSection({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  const logs = useQuery(trpc.matches.logs.queryOptions({ matchId }));
  return (
    <Card title={t('logs.title')}>
      {logs.isPending ? (
        <LoadingState />
      ) : logs.isError ? (
        <LoadError error={logs.error} onRetry={() => void logs.refetch()} />
      ) : logs.data.length === 0 ? (
        <p>{t('logs.empty')}</p>
      ) : (
        <ol className="coordinator-notes-list coordinator-logs">
          {[...logs.data]
            .sort((a, b) => b.date.localeCompare(a.date))
            .map((log) => (
              <LogEntry key={log.id} log={log} />
            ))}
        </ol>
      )}
    </Card>
  );
}

function LogEntry({ log }: { log: MeetingLogView }) {
  const { t, i18n } = useTranslation();
  return (
    <li className={log.wantsToTalkToCoordinator || log.challenge ? 'coordinator-log coordinator-log--attention' : 'coordinator-log'}>
      <h3 className="coordinator-log-heading">
        {t('logs.heading', {
          date: formatDayWithWeekday(log.date, i18n.language),
          format: t(`meetingFormat.${log.form}`, { defaultValue: log.form }),
          duration: t('logs.minutes', { count: log.durationMinutes }),
        })}
      </h3>
      <p className="coordinator-step-badges">
        {log.wantsToTalkToCoordinator && <Badge tone="danger">{t('logs.wantsToTalk')}</Badge>}
        {log.wentWell !== null && <Badge tone={log.wentWell ? 'success' : 'warning'}>{log.wentWell ? t('logs.wentWell') : t('logs.wentNotWell')}</Badge>}
      </p>
      <dl className="coordinator-details coordinator-details--single">
        <div>
          <dt>{t('logs.whatWeDid')}</dt>
          <dd className="coordinator-notes">{log.whatWeDid}</dd>
        </div>
        {log.nextSteps && (
          <div>
            <dt>{t('logs.nextSteps')}</dt>
            <dd className="coordinator-notes">{log.nextSteps}</dd>
          </div>
        )}
      </dl>
      {log.challenge && (
        <div className="coordinator-challenge">
          <p className="coordinator-label">{t('logs.challenge')}</p>
          <p className="coordinator-notes">{log.challenge}</p>
        </div>
      )}
    </li>
  );
}
