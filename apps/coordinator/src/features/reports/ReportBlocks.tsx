import { useTranslation } from 'react-i18next';
import type { FunnelCounts, ProgrammeReport } from '../../api-types';
import { BarChart } from './BarChart';
import type { ReportFormat } from './use-report-format';
import { TableScroll } from './TableScroll';

type BlockProps = { report: ProgrammeReport; format: ReportFormat };

/** 1.2: how the volunteers came in, per channel (a chart with its table). */
export function ChannelsBlock({ report, format }: BlockProps) {
  const { t } = useTranslation();
  const { words } = format;
  return (
    <BarChart
      title={words('block.recruitmentChannels')}
      bars={format.bars(report.figures.recruitmentChannels.cells, 'channel')}
      labelHeading={t('reports.col.channel')}
      valueHeading={t('reports.col.count')}
    />
  );
}

/** A funnel as a table: per stage how many reached it, went through, the conversion and the days spent in it. */
function FunnelTable({ caption, funnel, stages, format }: { caption: string; funnel: FunnelCounts | NonNullable<ProgrammeReport['figures']['pilotFunnel']>['volunteers']; stages: readonly string[]; format: ReportFormat }) {
  const { words } = format;
  const rows = stages.map((stage) => [stage, (funnel.stages as Record<string, FunnelCounts['stages']['applied']>)[stage]!] as const);
  return (
    <TableScroll label={caption}>
      <table className="data">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{words('funnel.entered')}</th>
            <th scope="col" className="number">
              {words('funnel.reached')}
            </th>
            <th scope="col" className="number">
              {words('funnel.passed')}
            </th>
            <th scope="col" className="number">
              {words('funnel.conversion')}
            </th>
            <th scope="col" className="number">
              {words('funnel.daysInStage')}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{words('funnel.entered')}</th>
            <td className="number">{format.count(funnel.entered)}</td>
            <td />
            <td />
            <td />
          </tr>
          {rows.map(([stage, counts]) => (
            <tr key={stage}>
              <th scope="row">{words(`stage.${stage}`)}</th>
              <td className="number">{format.count(counts.reached)}</td>
              <td className="number">{format.count(counts.passed)}</td>
              <td className="number">{format.share(counts.conversion)}</td>
              <td className="number">{format.median(counts.daysInStage)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** 1.2: the recruitment funnel from application to match, all channels together. */
export function RecruitmentFunnelBlock({ report, format }: BlockProps) {
  const funnel = report.figures.recruitment.all;
  return <FunnelTable caption={format.words('block.recruitmentFunnel')} funnel={funnel} stages={Object.keys(funnel.stages)} format={format} />;
}

/** 1.2: the pilot's selection funnel (announcement → pre-matching), for the volunteers and the mentees; absent when the programme keeps none. */
export function PilotFunnelBlock({ report, format }: BlockProps) {
  const pilot = report.figures.pilotFunnel;
  if (!pilot) return null;
  const { words } = format;
  return (
    <>
      <FunnelTable caption={`${words('block.pilotFunnel')}: ${words('participants.volunteers')}`} funnel={pilot.volunteers} stages={Object.keys(pilot.volunteers.stages)} format={format} />
      <FunnelTable caption={`${words('block.pilotFunnel')}: ${words('participants.mentees')}`} funnel={pilot.mentees} stages={Object.keys(pilot.mentees.stages)} format={format} />
    </>
  );
}

/** 1.3: the participants' profile: per group the total, the completed, and gender and age. */
export function ParticipantsBlock({ report, format }: BlockProps) {
  const { t } = useTranslation();
  const { words } = format;
  const groups = (['coordinators', 'volunteers', 'mentees'] as const).map((group) => [group, report.figures.participants[group]] as const);
  return (
    <>
      <TableScroll label={words('block.participants')}>
        <table className="data">
          <caption>{words('block.participants')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.col.group')}</th>
              <th scope="col" className="number">
                {words('profile.total')}
              </th>
              <th scope="col" className="number">
                {words('profile.completed')}
              </th>
            </tr>
          </thead>
          <tbody>
            {groups.map(([group, counts]) => (
              <tr key={group}>
                <th scope="row">{words(`participants.${group}`)}</th>
                <td className="number">{format.count(counts.total)}</td>
                <td className="number">{format.count(counts.completed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {groups.map(([group, counts]) => (
        <div key={group}>
          <h4>{words(`participants.${group}`)}</h4>
          <BarChart title={words('profile.gender')} bars={format.bars(counts.gender.cells, 'gender')} labelHeading={words('profile.gender')} valueHeading={t('reports.col.count')} />
          <BarChart title={words('profile.ageBand')} bars={format.bars(counts.ageBand.cells, 'plain')} labelHeading={words('profile.ageBand')} valueHeading={t('reports.col.count')} />
          {Object.keys(counts.background.cells).length > 0 && (
            <BarChart title={words('profile.background')} bars={format.bars(counts.background.cells, 'plain')} labelHeading={words('profile.background')} valueHeading={t('reports.col.count')} />
          )}
        </div>
      ))}
    </>
  );
}

/** 1.4: the set-up: meeting forms, peer or non-peer, duration and the format delivered. */
export function StructureBlock({ report, format }: BlockProps) {
  const { t } = useTranslation();
  const { words } = format;
  const { structure } = report;
  const months = (value: number | null) => (value === null ? '–' : t('reports.months', { count: value }));
  return (
    <dl className="coordinator-details">
      <dt>{words('structure.meetingFormats')}</dt>
      <dd>{structure.meetingFormats.map((form) => words(`meetingForm.${form}`)).join(', ')}</dd>
      <dt>{words('structure.preferredMeetingFormat')}</dt>
      <dd>{words(`meetingForm.${structure.preferredMeetingFormat}`)}</dd>
      <dt>{words('structure.typology')}</dt>
      <dd>{words(`typology.${structure.typology}`)}</dd>
      <dt>{words('structure.duration')}</dt>
      <dd>{t('reports.duration', { min: months(structure.duration.minMonths), ideal: months(structure.duration.idealMonths), max: months(structure.duration.maxMonths) })}</dd>
      <dt>{words('structure.deliveredFormat')}</dt>
      <dd>{structure.deliveredFormat ? words(`deliveredFormat.${structure.deliveredFormat}`) : '–'}</dd>
    </dl>
  );
}

/** 1.4: how many matches started, completed, dropped out (and why), their length and the meetings by form. */
export function MatchOutcomesBlock({ report, format }: BlockProps) {
  const { t } = useTranslation();
  const { words } = format;
  const matches = report.figures.matches;
  return (
    <>
      <dl className="coordinator-details">
        <dt>{words('matches.total')}</dt>
        <dd>{format.count(matches.total)}</dd>
        <dt>{words('matches.started')}</dt>
        <dd>{format.count(matches.started)}</dd>
        <dt>{words('matches.lengthDays')}</dt>
        <dd>{format.median(matches.lengthDays)}</dd>
      </dl>
      <BarChart title={words('matches.outcome')} bars={format.bars(matches.outcome.cells, 'outcome')} labelHeading={words('matches.outcome')} valueHeading={t('reports.col.count')} />
      <BarChart title={words('matches.dropOutReasons')} bars={format.bars(matches.dropOutReasons.cells, 'reason')} labelHeading={words('matches.dropOutReasons')} valueHeading={t('reports.col.count')} />
      <BarChart title={words('matches.typology')} bars={format.bars(matches.typology.cells, 'typology')} labelHeading={words('matches.typology')} valueHeading={t('reports.col.count')} />
      <BarChart title={words('matches.meetingForms')} bars={format.bars(matches.meetingForms.cells, 'meetingForm')} labelHeading={words('matches.meetingForms')} valueHeading={t('reports.col.count')} />
    </>
  );
}

const ACTIVITY_COUNTS = ['pupils', 'families', 'volunteers', 'matches'] as const;

/** The column headings of the activity figures: pupils, families, volunteers, matches, meeting hours (the programme report and the roll-up). */
export function ActivityHeadings({ format }: { format: ReportFormat }) {
  return (
    <>
      {ACTIVITY_COUNTS.map((key) => (
        <th key={key} scope="col" className="number">
          {format.words(`activity.${key}`)}
        </th>
      ))}
      <th scope="col" className="number">
        {format.words('activity.meetingMinutes')}
      </th>
    </>
  );
}

/** One row's activity figures, under `ActivityHeadings`. */
export function ActivityCells({ counts, format }: { counts: ProgrammeReport['figures']['activity']; format: ReportFormat }) {
  return (
    <>
      {ACTIVITY_COUNTS.map((key) => (
        <td key={key} className="number">
          {format.count(counts[key])}
        </td>
      ))}
      <td className="number">{format.hours(counts.meetingMinutes)}</td>
    </>
  );
}

/** 1.4: pupils, families, volunteers, matches and meeting hours, for the period and per month. */
export function ActivityBlock({ report, format }: BlockProps) {
  const { t } = useTranslation();
  const { words } = format;
  const rows = [{ period: report.figures.period, counts: report.figures.activity, total: true }, ...report.figures.activityByPeriod.map((row) => ({ ...row, total: false }))];
  return (
    <TableScroll label={words('block.activity')}>
      <table className="data">
        <caption>{words('block.activity')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.col.period')}</th>
            <ActivityHeadings format={format} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.total ? 'total' : row.period.from}>
              <th scope="row">{row.total ? t('reports.wholePeriod') : row.period.from.slice(0, 7)}</th>
              <ActivityCells counts={row.counts} format={format} />
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** 2.x: the questionnaire items the report files under a section (the share of each answer, as a chart). */
export function ResultsBlock({ report, format, section }: BlockProps & { section: string }) {
  const { t } = useTranslation();
  const groups = report.evaluation.groups.filter((group) => group.section === section);
  if (groups.length === 0) return null;
  return (
    <>
      {groups.flatMap((group) =>
        group.items.map((item) =>
          item.shown ? (
            <BarChart
              key={item.itemId}
              title={t('reports.itemTitle', { text: item.text, count: item.respondents })}
              bars={item.answers.map((answer) => ({ label: answer.answer, value: answer.share, text: `${answer.count} (${Math.round(answer.share * 100)}%)` }))}
              max={1}
              labelHeading={t('reports.col.answer')}
              valueHeading={t('reports.col.count')}
            />
          ) : (
            <p key={item.itemId}>
              {item.text}: {format.words(`withheld.${item.reason}`, { minimum: format.minimum })}
            </p>
          ),
        ),
      )}
    </>
  );
}
