import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { Card } from '@driehoek/ui/Card';
import { SelectField } from '@driehoek/ui/SelectField';
import { trpc } from '../../trpc';
import { formatMoment } from '../../dates';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { PageHeading } from '../../shell/PageHeading';
import type { AuditRow } from '../../api-types';
import { pupilOptions } from './pupil-options';

type Search = { by: 'pupil' | 'staff'; id: string };

/**
 * The audit log of access to children's records, for an admin: per pupil (who looked at or changed
 * the pupil's records) or per staff member (what they looked at), with who, what, when and from
 * which role. Read-only; the search itself is recorded in the log.
 */
export function AuditPage() {
  const { t } = useTranslation();
  const pupils = useQuery(trpc.pupils.list.queryOptions({}));
  const staff = useQuery(trpc.audit.staff.queryOptions());
  const [search, setSearch] = useState<Search | null>(null);
  if (pupils.isPending || staff.isPending) return <LoadingState />;
  if (pupils.isError) return <LoadError error={pupils.error} onRetry={() => void pupils.refetch()} />;
  if (staff.isError) return <LoadError error={staff.error} onRetry={() => void staff.refetch()} />;
  const pupilNames = new Map(pupils.data.map((pupil) => [pupil.id, `${pupil.firstName} ${pupil.lastName}`]));
  return (
    <>
      <PageHeading>{t('audit.title')}</PageHeading>
      <p>
        {t('audit.intro')} <Link href="/privacy">{t('audit.backToPrivacy')}</Link>
      </p>
      <Card title={t('audit.searchTitle')} headingLevel={2}>
        <SelectField
          label={t('audit.byPupil')}
          placeholder={t('privacy.choosePupil')}
          options={pupilOptions(pupils.data)}
          value={search?.by === 'pupil' ? search.id : ''}
          onChange={(event) => setSearch(event.target.value ? { by: 'pupil', id: event.target.value } : null)}
        />
        <SelectField
          label={t('audit.byStaff')}
          placeholder={t('audit.chooseStaff')}
          options={staff.data.map((member) => ({ value: member.id, label: `${member.name} (${t(`audit.role.${member.role}`, { defaultValue: member.role })})` }))}
          value={search?.by === 'staff' ? search.id : ''}
          onChange={(event) => setSearch(event.target.value ? { by: 'staff', id: event.target.value } : null)}
        />
      </Card>
      {search && <AuditResults search={search} pupilNames={pupilNames} />}
    </>
  );
}

function AuditResults({ search, pupilNames }: { search: Search; pupilNames: ReadonlyMap<string, string> }) {
  const { t, i18n } = useTranslation();
  const rows = useQuery(trpc.audit.search.queryOptions(search.by === 'pupil' ? { pupilId: search.id } : { staffMemberId: search.id }));
  if (rows.isPending) return <LoadingState />;
  if (rows.isError) return <LoadError error={rows.error} onRetry={() => void rows.refetch()} />;
  const subject = (row: AuditRow) => (row.subjectType === 'Pupil' ? (pupilNames.get(row.subjectId) ?? t('audit.unknownPupil')) : t('audit.subjectType', { type: row.subjectType }));
  return (
    <section aria-labelledby="audit-results">
      <h2 id="audit-results">{t('audit.resultsTitle')}</h2>
      {rows.data.length === 0 ? (
        <p>{t('audit.empty')}</p>
      ) : (
        <div className="coordinator-table-scroll">
          <table className="data">
            <caption>{t('audit.caption', { count: rows.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.col.when')}</th>
                <th scope="col">{t('audit.col.who')}</th>
                <th scope="col">{t('audit.col.role')}</th>
                <th scope="col">{t('audit.col.what')}</th>
                <th scope="col">{t('audit.col.record')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.data.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{formatMoment(row.at, i18n.language)}</th>
                  <td>{row.actorName ?? t('audit.unknownActor')}</td>
                  <td>{row.actorRole ? t(`audit.role.${row.actorRole}`, { defaultValue: row.actorRole }) : '–'}</td>
                  <td>
                    <code>{row.action}</code>
                  </td>
                  <td>{subject(row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
