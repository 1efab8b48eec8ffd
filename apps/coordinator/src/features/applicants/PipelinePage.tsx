import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useLocation, useSearchParams } from 'wouter';
import { PIPELINE_STAGES, SCREENING_STEPS, isPipelineStage, type PipelineStage } from '../screening/vocabulary';
import { Button } from '@driehoek/ui/Button';
import { SelectField } from '@driehoek/ui/SelectField';
import { TextField } from '@driehoek/ui/TextField';
import { trpc } from '../../trpc';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { ApplicantTable } from './ApplicantTable';
import { PageHeading } from '../../shell/PageHeading';
import { ProgrammeRoute } from '../../shell/ProgrammeRoute';
import type { ProgrammeSummary } from '../../api-types';

/**
 * The applicant pipeline of one programme. The address holds only the programme id and the
 * stage; the search text stays in the page (it may be a name: no personal data in URLs).
 */
export function PipelinePage({ programmeId }: { programmeId?: string }) {
  const { t } = useTranslation();
  return (
    <ProgrammeRoute programmeId={programmeId} path={(id) => `/programmes/${encodeURIComponent(id)}`} title={t('pipeline.title')}
      back={{ href: '/applicants', label: t('app.backToApplicants') }}>
      {(programme, programmes) => <Pipeline programme={programme} programmes={programmes} />}
    </ProgrammeRoute>
  );
}

function Pipeline({ programme, programmes }: { programme: ProgrammeSummary; programmes: ProgrammeSummary[] }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [params, setParams] = useSearchParams();
  const stageParam = params.get('stage');
  const stage = isPipelineStage(stageParam) ? stageParam : undefined;
  const [search, setSearch] = useState('');
  const debouncedSearch = useDebounced(search.trim(), 250);
  const filterLabelId = useId();

  const list = useQuery(
    trpc.applicants.list.queryOptions(
      { programmeId: programme.id, ...(stage ? { stage } : {}), ...(debouncedSearch ? { search: debouncedSearch } : {}) },
      { placeholderData: keepPreviousData },
    ),
  );

  const waived = SCREENING_STEPS.filter((step) => programme.steps[step] === 'waived');
  const counts = list.data?.counts;
  const total = counts ? Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0) : undefined;
  const chooseStage = (next: PipelineStage | undefined) =>
    setParams(next ? { stage: next } : {}, { replace: true });

  return (
    <>
      <PageHeading>{t('pipeline.title')}</PageHeading>
      <div className="coordinator-toolbar">
        <SelectField
          label={t('pipeline.programme')}
          options={programmes.map((p) => ({ value: p.id, label: p.name }))}
          value={programme.id}
          onChange={(event) => navigate(`/programmes/${encodeURIComponent(event.target.value)}`)}
        />
        <TextField
          label={t('pipeline.search')}
          hint={t('pipeline.searchHint')}
          type="search"
          value={search}
          autoComplete="off"
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      {waived.length > 0 && (
        <p className="coordinator-waiver">
          {t('pipeline.waivedSteps', { steps: waived.map((step) => t(`step.${step}`)).join(', ') })}
        </p>
      )}

      <div role="group" aria-labelledby={filterLabelId} className="coordinator-stage-filter">
        <span id={filterLabelId} className="coordinator-stage-filter-label">
          {t('pipeline.stageFilter')}
        </span>
        <Button type="button" variant={stage ? 'secondary' : 'primary'} aria-pressed={!stage} onClick={() => chooseStage(undefined)}>
          {total === undefined ? t('pipeline.allStages') : t('pipeline.stageWithCount', { stage: t('pipeline.allStages'), count: total })}
        </Button>
        {PIPELINE_STAGES.map((s) => (
          <Button
            key={s}
            type="button"
            variant={stage === s ? 'primary' : 'secondary'}
            aria-pressed={stage === s}
            onClick={() => chooseStage(s)}
          >
            {counts ? t('pipeline.stageWithCount', { stage: t(`stage.${s}`), count: counts[s] ?? 0 }) : t(`stage.${s}`)}
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
            {t('pipeline.resultCount', { count: list.data.items.length })}
          </p>
          {list.data.items.length === 0 ? (
            <p>{t('pipeline.empty')}</p>
          ) : (
            <ApplicantTable
              items={list.data.items}
              caption={
                stage
                  ? t('pipeline.captionStage', { programme: programme.name, stage: t(`stage.${stage}`) })
                  : t('pipeline.caption', { programme: programme.name })
              }
            />
          )}
        </>
      )}
    </>
  );
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}
