import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { exportFile, exportInput, type ExportFile, type ProgrammeReportView } from '@driehoek/contracts/reporting';
import type { EntityManager } from '@driehoek/db';
import { BUILT_IN_QUESTIONNAIRES } from '@driehoek/domain/evaluation';
import { exportRow, publishItem, reportingText, resultRowsOf, type ReportPeriod, type ReportingLocale, type ReportingTextKey, type ResultRow } from '@driehoek/domain/reporting';
import { audit } from '../../audit/index.js';
import { programmeResultsOf } from '../evaluation/index.js';
import { AppError } from '../../errors/index.js';
import { procedure } from '../../trpc/init.js';
import { currentActor } from '../../trpc/index.js';
import { programmeReportViewOf } from './programme-report.js';
import { nationalRollUpOf } from './national.js';

type Cell = string | number | null;
type Figures = ProgrammeReportView['figures'];
type PublishedCount = Figures['activity']['pupils'];

const word = (locale: ReportingLocale, key: string, values: Record<string, string | number> = {}): string => reportingText(locale, key as ReportingTextKey, values);

/** A published count as a cell: its number, or why it is withheld ("fewer than 5"). */
function countCell(locale: ReportingLocale, count: PublishedCount, minimum: number): Cell {
  return count.shown ? count.value : word(locale, `withheld.${count.reason}`, { minimum });
}

/** The report's figures as rows of label and value, the same in CSV, Excel and PDF (aggregates only: no record of a person). */
export function figureRows(locale: ReportingLocale, figures: Figures, minimum: number): { heading: string; rows: [string, Cell][] }[] {
  const c = (count: PublishedCount) => countCell(locale, count, minimum);
  const hours = figures.activity.meetingMinutes.shown ? Math.round(figures.activity.meetingMinutes.value / 6) / 10 : word(locale, `withheld.${figures.activity.meetingMinutes.reason}`, { minimum });
  const length = figures.matches.lengthDays;
  return [
    {
      heading: word(locale, 'section.structure'),
      rows: [
        [word(locale, 'activity.pupils'), c(figures.activity.pupils)],
        [word(locale, 'activity.families'), c(figures.activity.families)],
        [word(locale, 'activity.volunteers'), c(figures.activity.volunteers)],
        [word(locale, 'activity.matches'), c(figures.activity.matches)],
        [word(locale, 'activity.meetingMinutes'), hours],
        [word(locale, 'matches.started'), c(figures.matches.started)],
        ...Object.entries(figures.matches.outcome.cells).map(([key, value]): [string, Cell] => [`${word(locale, 'matches.outcome')}: ${word(locale, `outcome.${key}`)}`, c(value)]),
        ...Object.entries(figures.matches.dropOutReasons.cells).map(([key, value]): [string, Cell] => [`${word(locale, 'matches.dropOutReasons')}: ${word(locale, `reason.${key}`)}`, c(value)]),
        [word(locale, 'matches.lengthDays'), length.shown ? length.median : word(locale, `withheld.${length.reason}`, { minimum })],
      ],
    },
    {
      heading: word(locale, 'section.organisation'),
      rows: Object.entries(figures.recruitmentChannels.cells).map(([key, value]): [string, Cell] => [word(locale, `channel.${key}`), c(value)]),
    },
  ];
}

/** One questionnaire's results in an export: per item its text and lines (`resultRowsOf`, EVA-2 applied again). */
export interface QuestionnaireResults {
  readonly title: string;
  readonly minimum: number;
  readonly items: readonly { readonly text: string; readonly rows: readonly ResultRow[] }[];
}

/**
 * The results of the programme's questionnaires answered in the period (the evaluation feature's
 * `programmeResultsOf`, under EVA-2): items with answers to count (agreement, yes/no); free texts
 * and numbers stay out of a funder's file.
 */
export async function questionnaireResultsFor(em: EntityManager, organisationId: string, programmeId: string, period: ReportPeriod, locale: ReportingLocale): Promise<QuestionnaireResults[]> {
  const rows = await em
    .getConnection()
    .execute<{ questionnaire_id: string }[]>(
      'select distinct questionnaire_id from evaluation_answer_set where organisation_id = ? and programme_id = ? and submitted_on >= ? and submitted_on <= ? order by questionnaire_id',
      [organisationId, programmeId, period.from, period.until],
    );
  const out: QuestionnaireResults[] = [];
  for (const { questionnaire_id: questionnaireId } of rows) {
    const results = await programmeResultsOf(em, organisationId, programmeId, { questionnaireId, from: period.from, to: period.until }, locale);
    const title = BUILT_IN_QUESTIONNAIRES.find((definition) => definition.id === questionnaireId)?.title.text?.[locale] ?? questionnaireId;
    const items = results.items
      .filter((item) => item.kind === 'agreement' || item.kind === 'yesNo')
      .map((item) => {
        const figure = item.figure;
        const counts = figure.withheld ? {} : Object.fromEntries(Object.entries(figure.counts ?? {}).filter((entry): entry is [string, number] => entry[1] !== undefined));
        const published = publishItem({ itemId: item.itemId, text: item.text, counts, respondents: figure.withheld ? 0 : figure.respondents, withheld: figure.withheld }, results.minRespondents);
        return { text: item.text, rows: resultRowsOf(published) };
      });
    out.push({ title, minimum: results.minRespondents, items });
  }
  return out;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The results as rows of label and value, for Excel and CSV: a withheld item says "too few respondents", never a count. */
export function resultSectionRows(locale: ReportingLocale, results: readonly QuestionnaireResults[]): { heading: string; rows: [string, Cell][] }[] {
  return results.map((questionnaire) => ({
    heading: `${word(locale, 'section.resultsAndEvaluation')}: ${questionnaire.title}`,
    rows: questionnaire.items.flatMap((item) =>
      item.rows.map((row): [string, Cell] =>
        row.kind === 'tooFew'
          ? [item.text, word(locale, 'results.tooFew', { minimum: questionnaire.minimum })]
          : row.kind === 'respondents'
            ? [`${item.text}: ${word(locale, 'results.respondents')}`, row.count]
            : [`${item.text}: ${word(locale, `answer.${row.answer}`)} (${percent(row.share)})`, row.count],
      ),
    ),
  }));
}

/** The rows as CSV (RFC 4180, `;`-free: commas, quoted), each text cell neutralised against formula injection. */
export function csvOf(rows: readonly (readonly Cell[])[]): string {
  const quote = (cell: Cell) => (cell === null ? '' : typeof cell === 'number' ? String(cell) : `"${cell.replace(/"/g, '""')}"`);
  return `\uFEFF${rows.map((row) => exportRow(row).map((cell) => quote(cell as Cell)).join(',')).join('\r\n')}\r\n`;
}

async function xlsxOf(title: string, sections: ReturnType<typeof figureRows>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(title.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '));
  sheet.addRow(exportRow([title]));
  for (const section of sections) {
    sheet.addRow([]);
    sheet.addRow(exportRow([section.heading])).font = { bold: true };
    for (const row of section.rows) sheet.addRow(exportRow(row));
  }
  sheet.getColumn(1).width = 50;
  sheet.getColumn(2).width = 16;
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The programme report as a PDF: the figures as tables, a bar chart of the matches at the end of the period, the narrative texts. */
async function pdfOf(locale: ReportingLocale, report: ProgrammeReportView, title: string, results: readonly QuestionnaireResults[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: title } });
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.fontSize(18).text(title);
  doc.fontSize(10).fillColor('#444').text(`${report.organisationName} · ${report.period.from} – ${report.period.until}`).fillColor('black').moveDown();
  const sections = figureRows(locale, report.figures, report.minimumGroupSize);
  for (const section of sections) {
    doc.fontSize(13).text(section.heading).moveDown(0.3);
    for (const [label, value] of section.rows) doc.fontSize(10).text(`${label}: ${value ?? ''}`);
    doc.moveDown();
  }
  // The chart: one bar per outcome (completed, dropped out, running); withheld counts draw no bar.
  doc.fontSize(13).text(word(locale, 'matches.outcome')).moveDown(0.5);
  const entries = Object.entries(report.figures.matches.outcome.cells);
  const most = Math.max(1, ...entries.map(([, value]) => (value.shown ? value.value : 0)));
  const left = 50;
  let top = doc.y;
  for (const [key, value] of entries) {
    const width = value.shown ? Math.max(2, (value.value / most) * 300) : 0;
    doc.fontSize(10).fillColor('black').text(word(locale, `outcome.${key}`), left, top + 3, { width: 140 });
    if (width > 0) doc.rect(left + 150, top, width, 16).fill('#2f6f9f');
    doc.fillColor('black').text(String(countCell(locale, value, report.minimumGroupSize)), left + 160 + width, top + 3);
    top += 24;
  }
  doc.text('', left, top + 10);
  for (const section of report.sections.filter((s) => s.narrative !== '')) {
    doc.moveDown().fontSize(13).text(`${section.number} ${word(locale, `section.${section.key}`)}`).fontSize(10).text(section.narrative);
  }
  // The results: per item a bar per answer (its share of the respondents), or "too few respondents" (EVA-2).
  doc.moveDown().fontSize(13).text(word(locale, 'section.resultsAndEvaluation'), left);
  if (results.length === 0) doc.moveDown(0.3).fontSize(10).fillColor('#444').text(word(locale, 'results.none')).fillColor('black');
  for (const questionnaire of results) {
    doc.moveDown(0.5).fontSize(11).fillColor('black').text(questionnaire.title, left);
    for (const item of questionnaire.items) {
      doc.moveDown(0.3).fontSize(10).fillColor('black').text(item.text, left);
      for (const row of item.rows) {
        if (row.kind === 'tooFew') doc.fillColor('#444').text(word(locale, 'results.tooFew', { minimum: questionnaire.minimum }), left).fillColor('black');
        else if (row.kind === 'respondents') doc.fillColor('#444').text(`${word(locale, 'results.respondents')}: ${row.count}`, left).fillColor('black');
        else {
          if (doc.y > doc.page.height - 80) doc.addPage();
          const y = doc.y;
          const width = Math.max(2, row.share * 250);
          doc.text(word(locale, `answer.${row.answer}`), left, y + 2, { width: 140 });
          doc.rect(left + 150, y, width, 12).fill('#2f6f9f');
          doc.fillColor('black').text(`${row.count} (${percent(row.share)})`, left + 160 + width, y + 2);
          doc.text('', left, y + 16);
        }
      }
    }
  }
  doc.end();
  return done;
}

const TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', pdf: 'application/pdf' } as const;

/**
 * A report as a file (base64, so no id or period ever sits in a URL): the programme report as CSV,
 * Excel or PDF for the organisation's coordinators, the national roll-up as CSV or Excel for a
 * national administrator. Both hold aggregates only (the funder export); every export is audited.
 * Another organisation's programme is NOT_FOUND.
 */
export const exportReport = procedure
  .input(exportInput)
  .output(exportFile)
  .mutation(async ({ ctx, input }): Promise<ExportFile> => {
    const actor = await currentActor(ctx);
    if (!actor) throw new AppError('AUTH.NOT_SIGNED_IN');
    const locale = input.locale;
    let title: string;
    let sections: ReturnType<typeof figureRows>;
    let report: ProgrammeReportView | null = null;
    let results: QuestionnaireResults[] = [];
    if (input.kind === 'programmeReport') {
      if (actor.role !== 'coordinator' && actor.role !== 'admin') throw new AppError('AUTH.FORBIDDEN');
      if (!input.programmeId) throw new AppError('NOT_FOUND', 'programmeId');
      report = await programmeReportViewOf(ctx.em, ctx.services.clock, actor.organisationId, input.programmeId, input.period);
      title = report.programme.name;
      results = await questionnaireResultsFor(ctx.em, actor.organisationId, report.programme.id, input.period, locale);
      sections = [...figureRows(locale, report.figures, report.minimumGroupSize), ...resultSectionRows(locale, results)];
      audit(ctx.em, actor, 'reports.export', 'programme', report.programme.id);
    } else {
      if (actor.role !== 'nationalAdmin') throw new AppError('AUTH.FORBIDDEN');
      if (input.format === 'pdf') throw new AppError('NOT_FOUND', 'format');
      const rollUp = await nationalRollUpOf(ctx.em, ctx.services.clock, actor.organisationId, input.period);
      title = rollUp.organisationName;
      sections = rollUp.national ? [...figureRows(locale, rollUp.national, rollUp.minimumGroupSize), ...rollUp.regions.flatMap((region) => figureRows(locale, region.figures, rollUp.minimumGroupSize).map((s) => ({ ...s, heading: `${region.name}: ${s.heading}` })))] : [];
      audit(ctx.em, actor, 'reports.export', 'organisation', actor.organisationId);
    }
    await ctx.em.flush();
    const base = `${title} ${input.period.from} ${input.period.until}`.replace(/[^\p{L}\p{N} .-]/gu, '').replace(/\s+/g, '-');
    let bytes: Buffer;
    if (input.format === 'csv') bytes = Buffer.from(csvOf([[title], ...sections.flatMap((section) => [[section.heading] as Cell[], ...section.rows])]), 'utf8');
    else if (input.format === 'xlsx') bytes = await xlsxOf(title, sections);
    else bytes = await pdfOf(locale, report!, title, results);
    return { fileName: `${base}.${input.format}`, contentType: TYPES[input.format], base64: bytes.toString('base64') };
  });
