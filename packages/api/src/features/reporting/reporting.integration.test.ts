import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { inflateSync } from 'node:zlib';
import { AuditEntry, EvaluationAnswerSet, Match, MeetingLog, Programme, Volunteer } from '@driehoek/db';
import { SCHOOLS_COOL_END_OF_MATCH } from '@driehoek/domain/evaluation';
import { referencesByVolunteer, screeningColumnsOfRow, screeningColumnsSql, screeningRecordOf } from '../screening/index.js';
import { addMonths } from '@driehoek/domain/calendar';
import { codeOf, day, demoSignedIn, openDemoWorld, TODAY, type TestWorld } from '../../testing/harness.js';

let world: TestWorld;
const period = { from: addMonths(TODAY, -12), until: TODAY };

beforeAll(async () => {
  world = await openDemoWorld();
});
afterAll(async () => world.close());

async function liemersProgramme() {
  const em = world.orm.em.fork();
  const programme = await em.findOneOrFail(Programme, { name: "School's cool thuismentoraat" });
  return { em, programme };
}

describe('the programme report', () => {
  it('counts the matches and meeting hours of the period as a hand count of the demo data does', async () => {
    const { em, programme } = await liemersProgramme();
    const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const report = await coordinator.reports.programmeReport({ programmeId: programme.id, period });
    // By hand: the programme's started, not declined matches that ran on a day of the period.
    const matches = (await em.find(Match, { programme, startedOn: { $ne: null, $lte: period.until }, declinedOn: null })).filter((m) => m.endedOn == null || m.endedOn >= period.from);
    const logs = await em.find(MeetingLog, { match: { $in: matches.map((m) => m.id) }, date: { $gte: period.from, $lte: period.until } });
    const minutes = logs.reduce((total, log) => total + log.durationMinutes, 0);
    expect(matches.length).toBeGreaterThan(0);
    // EVA-2: fewer than five matches are not shown as a number.
    expect(report.figures.matches.total).toEqual(matches.length >= 5 ? { shown: true, value: matches.length } : { shown: false, reason: 'belowMinimum' });
    const hours = report.figures.activity.meetingMinutes;
    expect(hours.shown ? hours.value : null).toBe(matches.length >= 5 || hours.shown ? minutes : null);
    expect(report.programme.name).toBe("School's cool thuismentoraat");
    expect(report.evaluation).toEqual({ respondents: 0, groups: [] });
  });

  it('keeps the narrative texts per programme and period', async () => {
    const { programme } = await liemersProgramme();
    const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
    await coordinator.reports.saveNarrative({ programmeId: programme.id, period, section: 'context', text: 'Twelve schools in De Liemers.' });
    const report = await coordinator.reports.programmeReport({ programmeId: programme.id, period });
    expect(report.sections.find((s) => s.key === 'context')?.narrative).toBe('Twelve schools in De Liemers.');
    const other = await coordinator.reports.programmeReport({ programmeId: programme.id, period: { from: day(-30), until: TODAY } });
    expect(other.sections.find((s) => s.key === 'context')?.narrative).toBe('');
  });

  it("another organisation's programme is not found, for the report, the texts and the export", async () => {
    const { programme } = await liemersProgramme();
    const utrecht = await demoSignedIn(world, 'coordinator@utrecht.example');
    expect(await codeOf(utrecht.reports.programmeReport({ programmeId: programme.id, period }))).toBe('NOT_FOUND');
    expect(await codeOf(utrecht.reports.saveNarrative({ programmeId: programme.id, period, section: 'context', text: 'x' }))).toBe('NOT_FOUND');
    expect(await codeOf(utrecht.reports.export({ kind: 'programmeReport', format: 'xlsx', locale: 'en', programmeId: programme.id, period }))).toBe('NOT_FOUND');
  });

  it('a school mentor gets no report', async () => {
    const { programme } = await liemersProgramme();
    const mentor = await demoSignedIn(world, 'mentor@academie-tien.example');
    expect(await codeOf(mentor.reports.programmeReport({ programmeId: programme.id, period }))).toBe('AUTH.FORBIDDEN');
    expect(await codeOf(mentor.reports.export({ kind: 'programmeReport', format: 'csv', locale: 'en', programmeId: programme.id, period }))).toBe('AUTH.FORBIDDEN');
  });
});

describe('exports', () => {
  it('the Excel file holds the figures of the report, and the export is audited', async () => {
    const { em, programme } = await liemersProgramme();
    const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const report = await coordinator.reports.programmeReport({ programmeId: programme.id, period });
    const file = await coordinator.reports.export({ kind: 'programmeReport', format: 'xlsx', locale: 'en', programmeId: programme.id, period });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as never);
    const rows = book.worksheets[0]!.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1));
    const matchesRow = rows.find((row) => row[0] === 'Matches');
    const total = report.figures.activity.matches;
    expect(matchesRow?.[1]).toBe(total.shown ? total.value : 'fewer than 5');
    expect(await em.count(AuditEntry, { action: 'reports.export', subjectId: programme.id })).toBeGreaterThan(0);
  });

  it('the PDF is a PDF with the Dutch texts, and the CSV neutralises formulas', async () => {
    const { programme } = await liemersProgramme();
    const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const pdf = await coordinator.reports.export({ kind: 'programmeReport', format: 'pdf', locale: 'nl', programmeId: programme.id, period });
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.contentType).toBe('application/pdf');
    const csv = await coordinator.reports.export({ kind: 'programmeReport', format: 'csv', locale: 'nl', programmeId: programme.id, period });
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(text).toContain('"Koppelingen",');
    expect(csv.fileName).not.toContain(programme.id);
  });
});

describe('the results section in the exports (EVA-2)', () => {
  /** The text drawn on a PDF's pages (pdfkit writes the standard fonts' text as hex strings in deflated streams). */
  function pdfText(base64: string): string {
    const bytes = Buffer.from(base64, 'base64');
    const raw = bytes.toString('latin1');
    let text = '';
    for (const match of raw.matchAll(/stream\r?\n/g)) {
      const start = match.index + match[0].length;
      const end = raw.indexOf('endstream', start);
      try {
        const content = inflateSync(bytes.subarray(start, end)).toString('latin1');
        for (const hex of content.matchAll(/<([0-9a-fA-F]+)>/g)) text += Buffer.from(hex[1]!, 'hex').toString('latin1');
        text += ' ';
      } catch {
        // Not a deflated content stream (a font, an image).
      }
    }
    return text;
  }

  it('the Excel file and the PDF show an item five parents answered, and "too few respondents" for one only four answered', async () => {
    const { em, programme } = await liemersProgramme();
    for (let i = 1; i <= 5; i += 1) {
      em.create(EvaluationAnswerSet, {
        organisation: programme.organisation,
        programme,
        questionnaireId: SCHOOLS_COOL_END_OF_MATCH.id,
        version: SCHOOLS_COOL_END_OF_MATCH.version,
        matchKey: `match-${i}`,
        respondentKey: `parent-${i}`,
        respondent: 'parent',
        moment: 'end',
        language: 'nl',
        submittedOn: TODAY,
        answers: [
          { itemId: 'planning', kind: 'agreement', value: i <= 3 ? 'agree' : 'disagree' },
          ...(i <= 4 ? [{ itemId: 'quietPlace', kind: 'agreement' as const, value: 'agree' as const }] : []),
        ],
        anonymisedOn: null,
      });
    }
    await em.flush();
    const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const results = await coordinator.evaluation.results({ programmeId: programme.id, questionnaireId: SCHOOLS_COOL_END_OF_MATCH.id, from: period.from, to: period.until, language: 'en' });
    const planning = results.items.find((item) => item.itemId === 'planning')!;
    const quietPlace = results.items.find((item) => item.itemId === 'quietPlace')!;
    expect(results.minRespondents).toBe(5);
    expect(planning.figure.withheld).toBe(false);
    expect(quietPlace.figure).toEqual({ withheld: true });

    const file = await coordinator.reports.export({ kind: 'programmeReport', format: 'xlsx', locale: 'en', programmeId: programme.id, period });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as never);
    const rows = book.worksheets[0]!.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1));
    expect(rows.some((row) => typeof row[0] === 'string' && row[0].startsWith('Results and evaluation: '))).toBe(true);
    expect(rows.find((row) => row[0] === `${planning.text}: Respondents`)?.[1]).toBe(5);
    expect(rows.find((row) => row[0] === `${planning.text}: Agree (60%)`)?.[1]).toBe(3);
    expect(rows.find((row) => row[0] === `${planning.text}: Disagree (40%)`)?.[1]).toBe(2);
    expect(rows.find((row) => row[0] === quietPlace.text)?.[1]).toBe('too few respondents (fewer than 5)');
    expect(rows.filter((row) => typeof row[0] === 'string' && row[0].startsWith(`${quietPlace.text}:`))).toEqual([]);

    const pdf = await coordinator.reports.export({ kind: 'programmeReport', format: 'pdf', locale: 'en', programmeId: programme.id, period });
    const text = pdfText(pdf.base64);
    expect(text).toContain('Results and evaluation');
    expect(text).toContain('3 (60%)');
    expect(text).toContain('too few respondents (fewer than 5)');
  });
});

describe('the national administrator', () => {
  it('sees the roll-up of the regions, the national figures being their sum', async () => {
    const national = await demoSignedIn(world, 'national@mentorschap.example');
    const rollUp = await national.reports.nationalRollUp({ period });
    expect(rollUp.regions.map((r) => r.name).sort()).toEqual(["Mentorproject Utrecht", "School's cool De Liemers"]);
    const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const programmes = await coordinator.programmes.list();
    let matches = 0;
    for (const programme of programmes) {
      const report = await coordinator.reports.programmeReport({ programmeId: programme.id, period });
      if (report.figures.matches.total.shown) matches += report.figures.matches.total.value;
    }
    const liemers = rollUp.regions.find((r) => r.name === "School's cool De Liemers")!;
    if (liemers.figures.matches.total.shown && matches >= 5) expect(liemers.figures.matches.total.value).toBe(matches);
    // Aggregates only: no id of a match, pupil or volunteer anywhere in the answer.
    const text = JSON.stringify(rollUp);
    const records = await world.orm.em.fork().find(Match, {});
    for (const match of records) for (const id of [match.id, match.pupil.id, match.volunteer.id]) expect(text).not.toContain(id);
  });

  it('sees no personal record: pupils, matches and programme reports are refused', async () => {
    const { programme } = await liemersProgramme();
    const national = await demoSignedIn(world, 'national@mentorschap.example');
    expect(await codeOf(national.pupils.list({}))).toBe('AUTH.FORBIDDEN');
    expect(await codeOf(national.reports.programmeReport({ programmeId: programme.id, period }))).toBe('AUTH.FORBIDDEN');
    expect(await codeOf(national.reports.export({ kind: 'programmeReport', format: 'csv', locale: 'nl', programmeId: programme.id, period }))).toBe('AUTH.FORBIDDEN');
    const me = await national.auth.me();
    expect(me?.role).toBe('nationalAdmin');
  });

  it('is told their role at login, so the app opens the roll-up', async () => {
    const browser = world.browser();
    const answer = await browser.auth.login({ email: 'national@mentorschap.example', password: 'driehoek-demo' });
    expect(answer?.role).toBe('nationalAdmin');
  });

  it('a regional coordinator gets no roll-up', async () => {
    const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
    expect(await codeOf(coordinator.reports.nationalRollUp({ period }))).toBe('AUTH.FORBIDDEN');
    expect(await codeOf(coordinator.reports.export({ kind: 'nationalRollUp', format: 'csv', locale: 'nl', period }))).toBe('AUTH.FORBIDDEN');
  });

  it('exports the roll-up as Excel: aggregates only', async () => {
    const national = await demoSignedIn(world, 'national@mentorschap.example');
    const file = await national.reports.export({ kind: 'nationalRollUp', format: 'xlsx', locale: 'en', period });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as never);
    expect(book.worksheets[0]!.getCell('A1').value).toBe('Mentorschap Nederland');
  });
});

describe('the compliance dashboard', () => {
  it("counts the organisation's own running matches and links their records; another region's records never appear", async () => {
    const em = world.orm.em.fork();
    const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const view = await coordinator.reports.compliance({ period: { from: day(-60), until: TODAY } });
    const liemers = await em.find(Match, { organisation: { name: "School's cool De Liemers" }, startedOn: { $ne: null, $lte: TODAY }, declinedOn: null });
    const running = liemers.filter((m) => m.endedOn == null || m.endedOn >= day(-60)).map((m) => m.id).sort();
    const checkIns = view.figures.find((f) => f.key === 'checkInsOnSchedule')!;
    // By hand: every match that ran in the period is behind the check-in figure, and nothing else.
    expect(checkIns.recordIds).toEqual(running);
    expect(checkIns.denominator).toBe(running.length);
    expect(view.trend.periods.length).toBeGreaterThanOrEqual(2);

    const utrecht = await demoSignedIn(world, 'coordinator@utrecht.example');
    const theirs = await utrecht.reports.compliance({ period: { from: day(-60), until: TODAY } });
    const ids = theirs.figures.flatMap((f) => f.recordIds);
    for (const id of running) expect(ids).not.toContain(id);
    const { programme } = await liemersProgramme();
    expect(await codeOf(utrecht.reports.compliance({ programmeId: programme.id, period: { from: day(-60), until: TODAY } }))).toBe('NOT_FOUND');
    const national = await demoSignedIn(world, 'national@mentorschap.example');
    expect(await codeOf(national.reports.compliance({ period: { from: day(-60), until: TODAY } }))).toBe('AUTH.FORBIDDEN');
  });
});

describe('the reports read volunteers as rows', () => {
  it('the screening record from a plain row is the one from the entity, for every demo volunteer', async () => {
    const em = world.orm.em.fork();
    const volunteers = await em.find(Volunteer, {}, { populate: ['referenceChecks'] });
    const rows = await em.getConnection().execute<Record<string, unknown>[]>(`select v.id, ${screeningColumnsSql('v')} from volunteer v`);
    const references = referencesByVolunteer(await em.getConnection().execute<Record<string, unknown>[]>('select volunteer_id, checked_on, referee_name, outcome from reference_check order by volunteer_id, id'));
    expect(rows.length).toBe(volunteers.length);
    expect(volunteers.some((v) => v.vogScreeningAspects !== null && v.referenceChecks.length > 0)).toBe(true);
    for (const volunteer of volunteers) {
      const row = rows.find((r) => r.id === volunteer.id)!;
      const byId = (a: { refereeName: string }, b: { refereeName: string }) => a.refereeName.localeCompare(b.refereeName);
      const fromRow = screeningRecordOf(screeningColumnsOfRow(row), references.get(volunteer.id) ?? []);
      const fromEntity = screeningRecordOf(volunteer, volunteer.referenceChecks.getItems());
      expect({ ...fromRow, referenceChecks: [...fromRow.referenceChecks].sort(byId) }).toEqual({ ...fromEntity, referenceChecks: [...fromEntity.referenceChecks].sort(byId) });
    }
  });
});
