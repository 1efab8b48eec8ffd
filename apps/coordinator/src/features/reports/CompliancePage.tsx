import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { SelectField } from '@driehoek/ui/SelectField';
import { trpc } from '../../trpc';
import type { ComplianceDashboard, ComplianceFigureView } from '../../api-types';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { PageHeading } from '../../shell/PageHeading';
import { complianceValueText, complianceWords, recordHref, trendCellText } from './compliance-format';
import { PeriodForm, defaultPeriod, type Period } from './PeriodForm';
import { ReportsNav } from './ReportsNav';
import { reportWords, reportingLocaleOf } from './published';
import { TableScroll } from './TableScroll';
import { LabelValueTable } from './LabelValueTable';

/** The dashboard refreshes itself while it is open: the figures are live, as the records change. */
const REFRESH_MS = 60_000;
/** At most this many record links per figure on the page; the rest are counted. */
const MAX_LINKS = 50;

/**
 * "Kwaliteit": the live compliance figures of the organisation or one programme (MENTOR's
 * Elements of Effective Practice): each figure with its explanation, the records behind it and
 * those needing attention, check-ins per programme and coordinator, and the trend per month.
 */
export function CompliancePage() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<Period>(() => defaultPeriod());
  const [programmeId, setProgrammeId] = useState('');
  const programmes = useQuery(trpc.programmes.list.queryOptions());
  const view = useQuery({ ...trpc.reports.compliance.queryOptions({ period, ...(programmeId ? { programmeId } : {}) }), refetchInterval: REFRESH_MS });
  return (
    <>
      <ReportsNav />
      <PageHeading>{t('reports.compliance.title')}</PageHeading>
      <p>{t('reports.compliance.intro')}</p>
      {programmes.data && programmes.data.length > 1 && (
        <SelectField
          label={t('reports.compliance.programme')}
          value={programmeId}
          options={[{ value: '', label: t('reports.compliance.allProgrammes') }, ...programmes.data.map((p) => ({ value: p.id, label: p.name }))]}
          onChange={(event) => setProgrammeId(event.target.value)}
        />
      )}
      <PeriodForm period={period} onChange={setPeriod} />
      {view.isPending ? <LoadingState /> : view.isError ? <LoadError error={view.error} onRetry={() => void view.refetch()} /> : <Dashboard view={view.data} />}
    </>
  );
}

function Dashboard({ view }: { view: ComplianceDashboard }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const words = reportWords(reportingLocaleOf(language));
  const days = (median: string, average: string) => t('reports.compliance.days', { median, average });
  const value = (figure: ComplianceFigureView) => complianceValueText(figure, language, days);
  const checkInsLabel = words('figure.checkInsOnSchedule.label');
  const isShare = new Map(view.figures.map((figure) => [figure.key, figure.numerator !== null]));
  return (
    <>
      <p className="dh-muted">{t('reports.compliance.asOf', { date: view.asOf })}</p>
      <ul className="coordinator-figure-list">
        {view.figures.map((figure) => {
          const { label, explanation } = complianceWords(words, figure);
          return (
            <li key={figure.key} className="dh-card">
              <h2 id={`figure-${figure.key}`}>{label}</h2>
              <p className="coordinator-figure-value">{value(figure)}</p>
              <p>{explanation}</p>
              <Records figure={figure} />
            </li>
          );
        })}
      </ul>
      <FigureTable caption={t('reports.compliance.byProgramme')} heading={t('reports.col.programme')} valueHeading={checkInsLabel} rows={view.byProgramme.map((row) => ({ key: row.programmeId, name: row.programmeName, figure: row.figure }))} value={value} />
      <FigureTable
        caption={t('reports.compliance.byCoordinator')}
        heading={t('reports.col.coordinator')}
        valueHeading={checkInsLabel}
        rows={view.byCoordinator.map((row) => ({ key: row.coordinatorId ?? 'none', name: row.coordinatorName || t('reports.compliance.noCoordinator'), figure: row.figure }))}
        value={value}
      />
      <h2>{t('reports.compliance.trend')}</h2>
      <TableScroll label={t('reports.compliance.trendCaption')}>
        <table className="data">
          <caption>{t('reports.compliance.trendCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.col.figure')}</th>
              {view.trend.periods.map((period) => (
                <th key={period.from} scope="col" className="number">
                  {period.from.slice(0, 7)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Object.entries(view.trend.values).map(([key, values]) => (
              <tr key={key}>
                <th scope="row">{complianceWords(words, view.figures.find((f) => f.key === key) ?? { key: key as ComplianceFigureView['key'], parameters: {} }).label}</th>
                {values.map((cell, index) => (
                  <td key={view.trend.periods[index]?.from ?? index} className="number">
                    {trendCellText(key, cell, isShare.get(key as ComplianceFigureView['key']) ?? false, language)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

/** The records behind a figure, the ones needing attention first: links to their pages. */
function Records({ figure }: { figure: ComplianceFigureView }) {
  const { t } = useTranslation();
  const kind = figure.recordKind;
  if (!kind || figure.recordIds.length === 0) return null;
  const ids = figure.attentionIds.length > 0 ? figure.attentionIds : figure.recordIds;
  const title = figure.attentionIds.length > 0 ? t('reports.compliance.needAttention', { count: figure.attentionIds.length }) : t('reports.compliance.behind', { count: figure.recordIds.length });
  return (
    <details>
      <summary>{title}</summary>
      <ul>
        {ids.slice(0, MAX_LINKS).map((id, index) => (
          <li key={id}>
            <Link href={recordHref(kind, id)}>{t(`reports.compliance.record.${kind}`, { number: index + 1 })}</Link>
          </li>
        ))}
      </ul>
      {ids.length > MAX_LINKS && <p>{t('reports.compliance.more', { count: ids.length - MAX_LINKS })}</p>}
    </details>
  );
}

function FigureTable({ caption, heading, valueHeading, rows, value }: { caption: string; heading: string; valueHeading: string; rows: { key: string; name: string; figure: ComplianceFigureView }[]; value: (figure: ComplianceFigureView) => string }) {
  if (rows.length === 0) return null;
  return (
    <TableScroll label={caption}>
      <LabelValueTable caption={caption} labelHeading={heading} valueHeading={valueHeading} rows={rows.map((row) => ({ key: row.key, label: row.name, text: value(row.figure) }))} />
    </TableScroll>
  );
}
