import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Badge } from '@driehoek/ui/Badge';
import { Button } from '@driehoek/ui/Button';
import { trpc } from '../../trpc.js';
import { LoadFailed } from '../../shell/LoadFailed.js';
import { useMeetingText } from '../meetings/format.js';
import type { MeetingLogView } from '../../api-types.js';

const FIRST = 3;

/** The volunteer's own logs of one match, newest first; the first few, and the rest on request. */
export function MyLogs({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  const logs = useQuery(trpc.portal.myLogs.queryOptions({ matchId }));
  const [all, setAll] = useState(false);
  const newestFirst = [...(logs.data ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  const shown = all ? newestFirst : newestFirst.slice(0, FIRST);
  return (
    <section className="portal-logs" aria-labelledby="my-logs">
      <h2 id="my-logs">{t('meetingLog.mineTitle')}</h2>
      {logs.isPending && <p role="status">{t('app.loading')}</p>}
      {logs.isError && <LoadFailed retrying={logs.isFetching} onRetry={() => void logs.refetch()} />}
      {logs.data?.length === 0 && <p>{t('meetingLog.none')}</p>}
      {newestFirst.length > 0 && (
        <ul className="portal-log-list">
          {shown.map((log) => (
            <li key={log.id}>
              <LogEntry log={log} />
            </li>
          ))}
        </ul>
      )}
      {shown.length < newestFirst.length && (
        <div className="dh-actions">
          <Button variant="secondary" onClick={() => setAll(true)}>
            {t('meetingLog.showAll', { total: newestFirst.length })}
          </Button>
        </div>
      )}
    </section>
  );
}

function LogEntry({ log }: { log: MeetingLogView }) {
  const { t } = useTranslation();
  const text = useMeetingText();
  const wentWell = log.wentWell === null ? 'none' : log.wentWell ? 'yes' : 'no';
  return (
    <article className="portal-log">
      <h3>{text.date(log.date)}</h3>
      <p className="portal-meeting__what">
        <span>{text.format(log.form)}</span>
        <span>{text.minutes(log.durationMinutes)}</span>
      </p>
      {log.wantsToTalkToCoordinator && (
        <p>
          <Badge tone="warning">{t('meetingLog.wantsToTalk')}</Badge>
        </p>
      )}
      <dl className="portal-log__texts">
        <dt>{t('meetingLog.whatWeDid')}</dt>
        <dd>{log.whatWeDid}</dd>
        <dt>{t('meetingLog.wentWell')}</dt>
        <dd>{t(`meetingLog.wentWellAnswer.${wentWell}`)}</dd>
        {log.nextSteps && (
          <>
            <dt>{t('meetingLog.nextSteps')}</dt>
            <dd>{log.nextSteps}</dd>
          </>
        )}
        {log.challenge && (
          <>
            <dt>{t('meetingLog.challenge')}</dt>
            <dd>{log.challenge}</dd>
          </>
        )}
      </dl>
    </article>
  );
}
