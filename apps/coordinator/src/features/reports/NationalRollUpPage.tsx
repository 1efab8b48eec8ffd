import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert } from '@driehoek/ui/Alert';
import { Button } from '@driehoek/ui/Button';
import { trpc } from '../../trpc';
import type { NationalRollUp, ReportFigures } from '../../api-types';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { PageHeading } from '../../shell/PageHeading';
import { useServerErrorText } from '../../server-errors';
import { BarChart } from './BarChart';
import { saveFile } from './download';
import { PeriodForm, defaultPeriod, type Period } from './PeriodForm';
import { useReportFormat, type ReportFormat } from './use-report-format';
import { TableScroll } from './TableScroll';
import { ActivityCells, ActivityHeadings } from './ReportBlocks';

/**
 * The national administrator's page: the figures of every region added up, and each region's own,
 * for a period; aggregates only (the api sends no record of a person), and the same as an Excel file.
 */
export function NationalRollUpPage() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<Period>(() => defaultPeriod());
  const rollUp = useQuery(trpc.reports.nationalRollUp.queryOptions({ period }));
  return (
    <>
      <PageHeading>{t('reports.national.title')}</PageHeading>
      <p>{t('reports.national.intro')}</p>
      <PeriodForm period={period} onChange={setPeriod} />
      <RollUpDownload period={period} />
      {rollUp.isPending ? <LoadingState /> : rollUp.isError ? <LoadError error={rollUp.error} onRetry={() => void rollUp.refetch()} /> : <RollUp rollUp={rollUp.data} />}
    </>
  );
}

function RollUpDownload({ period }: { period: Period }) {
  const { t, i18n } = useTranslation();
  const serverText = useServerErrorText();
  const exportFile = useMutation(trpc.reports.export.mutationOptions({ onSuccess: saveFile }));
  return (
    <div className="coordinator-report-actions">
      <Button variant="secondary" busy={exportFile.isPending} onClick={() => exportFile.mutate({ kind: 'nationalRollUp', format: 'xlsx', locale: i18n.language.startsWith('en') ? 'en' : 'nl', period })}>
        {t('reports.download.xlsx')}
      </Button>
      {exportFile.isError && (
        <Alert tone="error">
          <p>{serverText(exportFile.error)}</p>
        </Alert>
      )}
    </div>
  );
}

function RollUp({ rollUp }: { rollUp: NationalRollUp }) {
  const { t } = useTranslation();
  const format = useReportFormat(rollUp.minimumGroupSize);
  if (!rollUp.national) {
    return (
      <Alert tone="info">
        <p>{t('reports.national.noRegions')}</p>
      </Alert>
    );
  }
  const rows = [{ key: 'national', name: t('reports.national.total', { name: rollUp.organisationName }), figures: rollUp.national }, ...rollUp.regions.map((region) => ({ key: region.organisationId, name: region.name, figures: region.figures }))];
  return (
    <>
      <RegionTable rows={rows} format={format} />
      <BarChart
        title={t('reports.national.matchesPerRegion')}
        bars={rollUp.regions.map((region) => ({ label: region.name, value: region.figures.matches.total.shown ? region.figures.matches.total.value : null, text: format.count(region.figures.matches.total) }))}
        labelHeading={t('reports.col.region')}
        valueHeading={format.words('matches.total')}
      />
      <BarChart title={format.words('matches.outcome')} bars={format.bars(rollUp.national.matches.outcome.cells, 'outcome')} labelHeading={format.words('matches.outcome')} valueHeading={t('reports.col.count')} />
      <BarChart title={format.words('matches.dropOutReasons')} bars={format.bars(rollUp.national.matches.dropOutReasons.cells, 'reason')} labelHeading={format.words('matches.dropOutReasons')} valueHeading={t('reports.col.count')} />
    </>
  );
}

/** Per region (and all together, first): the activity and the matches' outcomes. */
function RegionTable({ rows, format }: { rows: { key: string; name: string; figures: ReportFigures }[]; format: ReportFormat }) {
  const { t } = useTranslation();
  const { words } = format;
  const outcomes = ['completed', 'droppedOut', 'running'] as const;
  return (
    <TableScroll label={t('reports.national.caption')}>
      <table className="data">
        <caption>{t('reports.national.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.col.region')}</th>
            <ActivityHeadings format={format} />
            <th scope="col" className="number">
              {words('matches.started')}
            </th>
            {outcomes.map((outcome) => (
              <th key={outcome} scope="col" className="number">
                {words(`outcome.${outcome}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              <ActivityCells counts={row.figures.activity} format={format} />
              <td className="number">{format.count(row.figures.matches.started)}</td>
              {outcomes.map((outcome) => {
                const cell = row.figures.matches.outcome.cells[outcome];
                return (
                  <td key={outcome} className="number">
                    {cell ? format.count(cell) : '–'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
