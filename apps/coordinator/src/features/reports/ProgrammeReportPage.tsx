import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'wouter';
import { Alert } from '@driehoek/ui/Alert';
import { Button } from '@driehoek/ui/Button';
import { SelectField } from '@driehoek/ui/SelectField';
import { trpc } from '../../trpc';
import type { ProgrammeReport, ProgrammeSummary } from '../../api-types';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { PageHeading } from '../../shell/PageHeading';
import { ProgrammeRoute } from '../../shell/ProgrammeRoute';
import { useServerErrorText } from '../../server-errors';
import { saveFile } from './download';
import { NarrativeEditor } from './NarrativeEditor';
import { PeriodForm, defaultPeriod, type Period } from './PeriodForm';
import { QuestionnaireResults } from './QuestionnaireResults';
import { ActivityBlock, ChannelsBlock, MatchOutcomesBlock, ParticipantsBlock, PilotFunnelBlock, RecruitmentFunnelBlock, ResultsBlock, StructureBlock } from './ReportBlocks';
import { ReportsNav } from './ReportsNav';
import { useReportFormat, type ReportFormat } from './use-report-format';

export const programmeReportPath = (id: string) => `/reports/programme/${id}`;

/** "Programmarapportage": the Parent'R'US annex's report of one programme for a period, with its downloads. */
export function ProgrammeReportPage({ programmeId }: { programmeId?: string }) {
  const { t } = useTranslation();
  return (
    <ProgrammeRoute programmeId={programmeId} path={programmeReportPath} title={t('reports.programme.title')} back={{ href: '/reports/programme', label: t('reports.programme.title') }}>
      {(programme, programmes) => <ProgrammeReportOf key={programme.id} programme={programme} programmes={programmes} />}
    </ProgrammeRoute>
  );
}

function ProgrammeReportOf({ programme, programmes }: { programme: ProgrammeSummary; programmes: ProgrammeSummary[] }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [period, setPeriod] = useState<Period>(defaultPeriod);
  const report = useQuery(trpc.reports.programmeReport.queryOptions({ programmeId: programme.id, period }));
  return (
    <>
      <ReportsNav />
      <PageHeading>{t('reports.programme.titleOf', { name: programme.name })}</PageHeading>
      <p>{t('reports.programme.intro')}</p>
      {programmes.length > 1 && (
        <SelectField
          label={t('reports.programme.choose')}
          value={programme.id}
          options={programmes.map((p) => ({ value: p.id, label: p.name }))}
          onChange={(event) => navigate(programmeReportPath(event.target.value))}
        />
      )}
      <PeriodForm period={period} onChange={setPeriod} />
      <Downloads programmeId={programme.id} period={period} />
      {report.isPending ? <LoadingState /> : report.isError ? <LoadError error={report.error} onRetry={() => void report.refetch()} /> : <ReportBody report={report.data} period={period} />}
    </>
  );
}

/** The PDF and the Excel file of the report, in Dutch or English: aggregates only, the export is audited. */
function Downloads({ programmeId, period }: { programmeId: string; period: Period }) {
  const { t, i18n } = useTranslation();
  const serverText = useServerErrorText();
  const [locale, setLocale] = useState<'nl' | 'en'>(i18n.language.startsWith('en') ? 'en' : 'nl');
  const exportFile = useMutation(trpc.reports.export.mutationOptions({ onSuccess: saveFile }));
  const download = (format: 'pdf' | 'xlsx') => exportFile.mutate({ kind: 'programmeReport', format, locale, programmeId, period });
  const busy = exportFile.isPending ? exportFile.variables.format : null;
  return (
    <section aria-labelledby="report-downloads" className="coordinator-report-section">
      <h2 id="report-downloads">{t('reports.download.title')}</h2>
      <div className="coordinator-report-actions">
        <SelectField
          label={t('reports.download.language')}
          value={locale}
          options={[
            { value: 'nl', label: 'Nederlands' },
            { value: 'en', label: 'English' },
          ]}
          onChange={(event) => setLocale(event.target.value === 'en' ? 'en' : 'nl')}
        />
        <Button onClick={() => download('pdf')} busy={busy === 'pdf'} disabled={busy !== null}>
          {t('reports.download.pdf')}
        </Button>
        <Button variant="secondary" onClick={() => download('xlsx')} busy={busy === 'xlsx'} disabled={busy !== null}>
          {t('reports.download.xlsx')}
        </Button>
      </div>
      {exportFile.isError && (
        <Alert tone="error">
          <p>{serverText(exportFile.error)}</p>
        </Alert>
      )}
    </section>
  );
}

/** The blocks the annex puts under a heading (REPORT_SECTIONS), in its order. */
function Block({ block, report, format, section }: { block: string; report: ProgrammeReport; format: ReportFormat; section: string }) {
  switch (block) {
    case 'recruitmentChannels':
      return <ChannelsBlock report={report} format={format} />;
    case 'recruitmentFunnel':
      return <RecruitmentFunnelBlock report={report} format={format} />;
    case 'pilotFunnel':
      return <PilotFunnelBlock report={report} format={format} />;
    case 'participants':
      return <ParticipantsBlock report={report} format={format} />;
    case 'structure':
      return <StructureBlock report={report} format={format} />;
    case 'matchOutcomes':
      return <MatchOutcomesBlock report={report} format={format} />;
    case 'activity':
      return <ActivityBlock report={report} format={format} />;
    case 'satisfaction':
      return <ResultsBlock report={report} format={format} section={section} />;
    case 'results':
      // Under 2.3 the satisfaction block already shows the section's items.
      return section === 'satisfaction' ? null : <ResultsBlock report={report} format={format} section={section} />;
    default:
      return null;
  }
}

function ReportBody({ report, period }: { report: ProgrammeReport; period: Period }) {
  const { t } = useTranslation();
  const format = useReportFormat(report.minimumGroupSize);
  const { words } = format;
  const periodKey = `${report.period.from}/${report.period.until}`;
  return (
    <article aria-label={t('reports.programme.articleLabel', { name: report.programme.name })}>
      <p className="dh-muted">
        {t('reports.programme.meta', { organisation: report.organisationName, from: report.period.from, until: report.period.until, minimum: report.minimumGroupSize })}
      </p>
      {report.sections.map((section) => {
        const heading = `${section.number} ${words(`section.${section.key}`)}`;
        const level = section.number.split('.').length;
        const Heading = level === 1 ? 'h2' : level === 2 ? 'h3' : 'h4';
        return (
          <section key={section.key} aria-labelledby={`section-${section.key}`} className="coordinator-report-section">
            <Heading id={`section-${section.key}`}>{heading}</Heading>
            {[...new Set(section.blocks)].map((block) => (
              <Block key={block} block={block} report={report} format={format} section={section.key} />
            ))}
            {section.key === 'evaluation' && <QuestionnaireResults programmeId={report.programme.id} period={period} />}
            <NarrativeEditor key={`${section.key}-${periodKey}`} programmeId={report.programme.id} period={period} section={section.key} heading={heading} text={section.narrative} />
          </section>
        );
      })}
      <p>
        <Link href="/reports/compliance">{t('reports.compliance.title')}</Link>
      </p>
    </article>
  );
}
