import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'wouter';
import { Button } from '@driehoek/ui/Button';
import { SelectField } from '@driehoek/ui/SelectField';
import { trpc } from '../../trpc';
import { formatDay } from '../../dates';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { PageHeading } from '../../shell/PageHeading';
import { MatchStageBadge } from './badges';
import { MATCH_STAGES, isMatchStage, type MatchStage } from './vocabulary';

/** Every match of the organisation, filtered by programme and stage (both in the address, ids only). */
export function MatchListPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const programmeParam = params.get('programme') ?? '';
  const stageParam = params.get('stage');
  const stage = isMatchStage(stageParam) ? stageParam : undefined;
  const filterLabelId = useId();
  const programmes = useQuery(trpc.programmes.list.queryOptions());
  const list = useQuery(
    trpc.matches.list.queryOptions({ ...(programmeParam ? { programmeId: programmeParam } : {}), ...(stage ? { stage } : {}) }, { placeholderData: keepPreviousData }),
  );

  const setFilter = (next: { programme?: string; stage?: MatchStage | undefined }) => {
    const merged = { programme: programmeParam, stage, ...next };
    setParams(Object.fromEntries(Object.entries(merged).filter((entry): entry is [string, string] => Boolean(entry[1]))), { replace: true });
  };
  const programmeName = (id: string) => programmes.data?.find((p) => p.id === id)?.name ?? '';
  const items = list.data ?? [];

  return (
    <>
      <PageHeading>{t('matches.title')}</PageHeading>
      <div className="coordinator-toolbar">
        <SelectField
          label={t('matches.programme')}
          options={[{ value: '', label: t('pupils.allProgrammes') }, ...(programmes.data ?? []).map((p) => ({ value: p.id, label: p.name }))]}
          value={programmeParam}
          onChange={(event) => setFilter({ programme: event.target.value })}
        />
      </div>
      <div role="group" aria-labelledby={filterLabelId} className="coordinator-stage-filter">
        <span id={filterLabelId} className="coordinator-stage-filter-label">
          {t('matches.stageFilter')}
        </span>
        <Button type="button" variant={stage ? 'secondary' : 'primary'} aria-pressed={!stage} onClick={() => setFilter({ stage: undefined })}>
          {t('matches.allStages')}
        </Button>
        {MATCH_STAGES.map((s) => (
          <Button key={s} type="button" variant={stage === s ? 'primary' : 'secondary'} aria-pressed={stage === s} onClick={() => setFilter({ stage: s })}>
            {t(`matchStage.${s}`)}
          </Button>
        ))}
      </div>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <p role="status" className="coordinator-result-count">
            {t('matches.resultCount', { count: items.length })}
          </p>
          {items.length === 0 ? (
            <p>{t('matches.empty')}</p>
          ) : (
            <div className="coordinator-table-scroll">
              <table className="data">
                <caption>{stage ? t('matches.captionStage', { stage: t(`matchStage.${stage}`) }) : t('matches.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('matches.col.pupil')}</th>
                    <th scope="col">{t('matches.col.volunteer')}</th>
                    <th scope="col">{t('matches.col.programme')}</th>
                    <th scope="col">{t('matches.col.stage')}</th>
                    <th scope="col">{t('matches.col.proposedOn')}</th>
                    <th scope="col">{t('matches.col.startedOn')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((match) => (
                    <tr key={match.id}>
                      <th scope="row">
                        <Link href={`/matches/${encodeURIComponent(match.id)}`}>
                          {match.pupil.name}
                          <span className="dh-visually-hidden"> {t('matches.withVolunteer', { name: match.volunteer.name })}</span>
                        </Link>
                      </th>
                      <td>{match.volunteer.name}</td>
                      <td>{programmeName(match.programmeId)}</td>
                      <td>
                        <MatchStageBadge stage={match.stage} />
                      </td>
                      <td>{formatDay(match.proposedOn, i18n.language)}</td>
                      <td>{formatDay(match.startedOn, i18n.language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
