import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'wouter';
import { Button } from '@driehoek/ui/Button';
import { SelectField } from '@driehoek/ui/SelectField';
import { TextField } from '@driehoek/ui/TextField';
import { trpc } from '../../trpc';
import { formatDay } from '../../dates';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { PageHeading } from '../../shell/PageHeading';
import { isSchoolMentor, useSignedIn } from '../../shell/signed-in';
import { NominationStatusBadge } from './badges';
import { NOMINATION_STATUSES, isNominationStatus, type NominationStatus } from './vocabulary';
import type { PupilSummary } from '../../api-types';

/**
 * The nominated pupils: a coordinator's of every school, a school mentor's of their own school.
 * The address holds only the programme id and the status; the search text stays in the page
 * (it may be a name: no personal data in URLs). The status filter is applied here, so its counts
 * come from the same list.
 */
export function PupilListPage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const [params, setParams] = useSearchParams();
  const programmeParam = params.get('programme') ?? '';
  const statusParam = params.get('status');
  const status = isNominationStatus(statusParam) ? statusParam : undefined;
  const [search, setSearch] = useState('');
  const debouncedSearch = useDebounced(search.trim(), 250);
  const filterLabelId = useId();

  const programmes = useQuery(trpc.programmes.list.queryOptions());
  const list = useQuery(
    trpc.pupils.list.queryOptions(
      { ...(programmeParam ? { programmeId: programmeParam } : {}), ...(debouncedSearch ? { search: debouncedSearch } : {}) },
      { placeholderData: keepPreviousData },
    ),
  );

  const setFilter = (next: { programme?: string; status?: NominationStatus | undefined }) => {
    const merged = { programme: programmeParam, status, ...next };
    setParams(
      Object.fromEntries(Object.entries(merged).filter((entry): entry is [string, string] => Boolean(entry[1]))),
      { replace: true },
    );
  };

  const items = list.data ?? [];
  const counts = Object.fromEntries(NOMINATION_STATUSES.map((s) => [s, items.filter((pupil) => pupil.status === s).length])) as Record<NominationStatus, number>;
  const shown = status ? items.filter((pupil) => pupil.status === status) : items;
  const programmeName = programmes.data?.find((p) => p.id === programmeParam)?.name;

  return (
    <>
      <PageHeading>{isSchoolMentor(me) ? t('pupils.myTitle') : t('pupils.title')}</PageHeading>
      <p>
        <Link href="/pupils/new" className="dh-button dh-button--secondary">
          {t('pupils.nominateLink')}
        </Link>
      </p>
      <div className="coordinator-toolbar">
        <SelectField
          label={t('pupils.programme')}
          options={[{ value: '', label: t('pupils.allProgrammes') }, ...(programmes.data ?? []).map((p) => ({ value: p.id, label: p.name }))]}
          value={programmeParam}
          onChange={(event) => setFilter({ programme: event.target.value })}
        />
        <TextField
          label={t('pupils.search')}
          hint={t('pupils.searchHint')}
          type="search"
          value={search}
          autoComplete="off"
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>

      <div role="group" aria-labelledby={filterLabelId} className="coordinator-stage-filter">
        <span id={filterLabelId} className="coordinator-stage-filter-label">
          {t('pupils.statusFilter')}
        </span>
        <Button type="button" variant={status ? 'secondary' : 'primary'} aria-pressed={!status} onClick={() => setFilter({ status: undefined })}>
          {list.data ? t('pipeline.stageWithCount', { stage: t('pupils.allStatuses'), count: items.length }) : t('pupils.allStatuses')}
        </Button>
        {NOMINATION_STATUSES.map((s) => (
          <Button key={s} type="button" variant={status === s ? 'primary' : 'secondary'} aria-pressed={status === s} onClick={() => setFilter({ status: s })}>
            {list.data ? t('pipeline.stageWithCount', { stage: t(`nominationStatus.${s}`), count: counts[s] }) : t(`nominationStatus.${s}`)}
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
            {t('pupils.resultCount', { count: shown.length })}
          </p>
          {shown.length === 0 ? (
            <p>{t('pupils.empty')}</p>
          ) : (
            <PupilTable
              items={shown}
              caption={[
                programmeName ? t('pupils.captionProgramme', { programme: programmeName }) : t('pupils.caption'),
                status ? t('pupils.captionStatus', { status: t(`nominationStatus.${status}`) }) : '',
              ].join('')}
            />
          )}
        </>
      )}
    </>
  );
}

function PupilTable({ items, caption }: { items: readonly PupilSummary[]; caption: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="coordinator-table-scroll">
      <table className="data">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('pupils.col.name')}</th>
            <th scope="col">{t('pupils.col.school')}</th>
            <th scope="col">{t('pupils.col.programme')}</th>
            <th scope="col">{t('pupils.col.nominatedOn')}</th>
            <th scope="col">{t('pupils.col.status')}</th>
            <th scope="col">{t('pupils.col.nextStep')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((pupil) => (
            <tr key={pupil.id}>
              <th scope="row">
                <Link href={`/pupils/${encodeURIComponent(pupil.id)}`}>
                  {pupil.firstName} {pupil.lastName}
                </Link>
              </th>
              <td>{pupil.schoolName}</td>
              <td>{pupil.programmeName}</td>
              <td>{formatDay(pupil.nominatedOn, i18n.language)}</td>
              <td>
                <NominationStatusBadge status={pupil.status} />
              </td>
              <td>{t(`consentNextStep.${pupil.consentNextStep}`, { defaultValue: pupil.consentNextStep })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
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
