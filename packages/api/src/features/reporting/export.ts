import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { exportFile, exportInput, type ExportFile, type ProgrammeReportView } from '@driehoek/contracts/reporting';
import { exportRow, reportingText, type ReportingLocale, type ReportingTextKey } from '@driehoek/domain/reporting';
import { audit } from '../../audit/index.js';
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
async function pdfOf(locale: ReportingLocale, report: ProgrammeReportView, title: string): Promise<Buffer> {
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
  if (report.evaluation.groups.length === 0) doc.moveDown().fontSize(10).fillColor('#444').text(locale === 'nl' ? 'Nog geen resultaten van vragenlijsten.' : 'No questionnaire results yet.');
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
    if (input.kind === 'programmeReport') {
      if (actor.role !== 'coordinator' && actor.role !== 'admin') throw new AppError('AUTH.FORBIDDEN');
      if (!input.programmeId) throw new AppError('NOT_FOUND', 'programmeId');
      report = await programmeReportViewOf(ctx.em, ctx.services.clock, actor.organisationId, input.programmeId, input.period);
      title = report.programme.name;
      sections = figureRows(locale, report.figures, report.minimumGroupSize);
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
    else bytes = await pdfOf(locale, report!, title);
    return { fileName: `${base}.${input.format}`, contentType: TYPES[input.format], base64: bytes.toString('base64') };
  });
