import { useTranslation } from 'react-i18next';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'wouter';
import { Alert } from '@driehoek/ui/Alert';
import { Badge } from '@driehoek/ui/Badge';
import { SelectField } from '@driehoek/ui/SelectField';
import { trpc } from '../../trpc';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { PageHeading } from '../../shell/PageHeading';
import { URGENCIES, type Urgency } from '../matches/running/vocabulary';
import { AnswerTalkRequestForm } from '../matches/running/TalkRequestsSection';
import { formatDay } from '../../dates';
import { attentionText, attentionTitleKey } from './attention';
import type { AttentionItem as Item, AttentionView, ConcernAttentionItem, QuestionnaireFollowUp } from '../../api-types';
import { formatMoment } from '../../dates';

const URGENCY_TONE: Record<Urgency, 'danger' | 'warning' | 'info'> = { urgent: 'danger', soon: 'warning', info: 'info' };

/**
 * The coordinator's start page: what needs attention today in the running matches, grouped by
 * urgency (the api sorts within a group), each line to its match; filtered by programme (in the
 * address, an id only).
 */
export function AttentionPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const programmeParam = params.get('programme') ?? '';
  const programmes = useQuery(trpc.programmes.list.queryOptions());
  const today = useQuery(trpc.attention.list.queryOptions(programmeParam ? { programmeId: programmeParam } : {}, { placeholderData: keepPreviousData }));

  const setProgramme = (programme: string) => setParams(programme ? { programme } : {}, { replace: true });

  return (
    <>
      <PageHeading>{t('today.title')}</PageHeading>
      <div className="coordinator-toolbar">
        <SelectField
          label={t('today.programme')}
          options={[{ value: '', label: t('pupils.allProgrammes') }, ...(programmes.data ?? []).map((p) => ({ value: p.id, label: p.name }))]}
          value={programmeParam}
          onChange={(event) => setProgramme(event.target.value)}
        />
      </div>
      {today.isPending ? (
        <LoadingState />
      ) : today.isError ? (
        <LoadError error={today.error} onRetry={() => void today.refetch()} />
      ) : (
        <>
          <ConcernLines items={today.data.concerns} />
          <AttentionList view={today.data} />
          <QuestionnaireLines programmeId={programmeParam} />
        </>
      )}
    </>
  );
}

function AttentionList({ view }: { view: AttentionView }) {
  const { t } = useTranslation();
  const groups = URGENCIES.map((urgency) => ({ urgency, items: view.items.filter((item) => item.urgency === urgency) })).filter((group) => group.items.length > 0);
  return (
    <>
      <p role="status" className="coordinator-result-count">
        {t('today.summary', { count: view.items.length, active: t('today.activeMatches', { count: view.activeMatches }) })}
      </p>
      {groups.length === 0 ? (
        <Alert tone="success" title={t('today.emptyTitle')}>
          <p>{view.activeMatches === 0 ? t('today.emptyNoMatches') : t('today.emptyText', { count: view.activeMatches })}</p>
        </Alert>
      ) : (
        groups.map((group) => (
          <section key={group.urgency} aria-labelledby={`today-${group.urgency}`} className="coordinator-today-group">
            <h2 id={`today-${group.urgency}`}>
              {t(`urgency.${group.urgency}`)} <span className="coordinator-count">({group.items.length})</span>
            </h2>
            <p className="dh-muted">{t(`urgencyHint.${group.urgency}`)}</p>
            <ul className="coordinator-today-list">
              {group.items.map((item, index) => (
                <AttentionLine key={`${item.matchId}-${item.reason.kind}-${index}`} item={item} />
              ))}
            </ul>
          </section>
        ))
      )}
    </>
  );
}

function AttentionLine({ item }: { item: Item }) {
  const { t, i18n } = useTranslation();
  return (
    <li className={`coordinator-today-item coordinator-today-item--${item.urgency}`}>
      <p className="coordinator-today-what">
        <Badge tone={URGENCY_TONE[item.urgency]}>{t(attentionTitleKey(item.reason.kind))}</Badge>{' '}
        <Link href={`/matches/${encodeURIComponent(item.matchId)}`}>{t('today.matchLink', { pupil: item.pupilName, volunteer: item.volunteerName })}</Link>
        <span className="coordinator-cell-note">{item.programmeName}</span>
      </p>
      <p className="coordinator-today-reason">{attentionText(t, i18n.language, item.reason)}</p>
      {item.reason.kind === 'volunteerWantsToTalk' && (
        <ul className="coordinator-today-answers">
          {item.reason.requests.map((request) => (
            <li key={request.id}>
              <p className="coordinator-label">{t('talkRequests.forMeeting', { date: formatDay(request.meetingOn, i18n.language) })}</p>
              <AnswerTalkRequestForm matchId={item.matchId} requestId={request.id} onAnswered={() => undefined} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** SAF-15: the open concerns the coordinator is on the case of, first on Vandaag; each line to its case. */
function ConcernLines({ items }: { items: readonly ConcernAttentionItem[] }) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="today-concerns" className="coordinator-today-group">
      <h2 id="today-concerns">
        {t('today.concerns')} <span className="coordinator-count">({items.length})</span>
      </h2>
      <ul className="coordinator-today-list">
        {items.map((item) => (
          <li key={item.concernId} className={`coordinator-today-item coordinator-today-item--${item.reason.kind === 'concernStepDue' ? 'soon' : 'urgent'}`}>
            <p className="coordinator-today-what">
              <Badge tone={item.reason.kind === 'concernStepDue' ? 'warning' : 'danger'}>{t(`todayConcern.${item.reason.kind}`)}</Badge>{' '}
              <Link href={`/concerns/${encodeURIComponent(item.concernId)}`}>{t('today.concernLink', { pupil: item.pupilName })}</Link>
            </p>
            <p className="coordinator-today-reason">
              {item.reason.kind === 'acuteNotAcknowledged'
                ? t('todayConcern.since', { at: formatMoment(item.reason.reportedAt, i18n.language) })
                : item.reason.kind === 'concernOverdue'
                  ? t('todayConcern.overdueText', { target: t(`concernTimer.${item.reason.target}`), at: formatMoment(item.reason.dueAt, i18n.language) })
                  : item.reason.dueAt
                    ? t('todayConcern.dueText', { at: formatMoment(item.reason.dueAt, i18n.language) })
                    : t('todayConcern.open')}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The questionnaires not answered yet (DOMAIN.md §7), per match, overdue first: who has not
 * answered which questionnaire, when it went out and its last day; each match to its evaluation panel.
 */
function QuestionnaireLines({ programmeId }: { programmeId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const list = useQuery(trpc.attention.questionnaires.queryOptions({ ...(programmeId ? { programmeId } : {}), language }, { placeholderData: keepPreviousData }));
  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  if (!list.data || list.data.length === 0) return null;
  return (
    <section aria-labelledby="today-questionnaires" className="coordinator-today-group">
      <h2 id="today-questionnaires">
        {t('todayQuestionnaires.title')} <span className="coordinator-count">({list.data.length})</span>
      </h2>
      <p className="dh-muted">{t('todayQuestionnaires.hint')}</p>
      <ul className="coordinator-today-list">
        {list.data.map((entry) => (
          <QuestionnaireLine key={entry.matchId} entry={entry} />
        ))}
      </ul>
    </section>
  );
}

function QuestionnaireLine({ entry }: { entry: QuestionnaireFollowUp }) {
  const { t, i18n } = useTranslation();
  const tone = entry.urgency === 'overdue' ? 'warning' : 'info';
  return (
    <li className={`coordinator-today-item coordinator-today-item--${entry.urgency === 'overdue' ? 'soon' : 'info'}`}>
      <p className="coordinator-today-what">
        <Badge tone={tone}>{t(`todayQuestionnaires.${entry.urgency}`)}</Badge>{' '}
        <Link href={`/matches/${encodeURIComponent(entry.matchId)}#evaluation`}>{t('todayQuestionnaires.matchLink', { pupil: entry.pupilName, volunteer: entry.volunteerName })}</Link>
        <span className="coordinator-cell-note">{entry.programmeName}</span>
      </p>
      <ul className="coordinator-today-reason">
        {entry.outstanding.map((row) => (
          <li key={row.invitationId}>
            {row.urgency === 'overdue' && entry.outstanding.some((other) => other.urgency === 'due') && <Badge tone="warning">{t('todayQuestionnaires.overdue')}</Badge>}{' '}
            {t('todayQuestionnaires.line', {
              person: row.personName,
              role: t(`todayQuestionnaires.role.${row.role}`),
              title: row.title,
              moment: t(`todayQuestionnaires.moment.${row.moment}`),
              sent: formatDay(row.sendOn, i18n.language),
              last: formatDay(row.lastDay, i18n.language),
            })}
          </li>
        ))}
      </ul>
    </li>
  );
}
