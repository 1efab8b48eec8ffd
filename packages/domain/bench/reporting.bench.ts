// Reporting benchmark: `pnpm bench:reporting` in packages/domain.
//
// A national organisation of 10 regional ones over a school year (1 August 2024 – 31 July 2025,
// "today" 31 July): 3,000 running matches and 600 that closed during the year, about 150,000
// meeting logs and as many planned meetings, a check-in every two weeks, 2,500 volunteers with
// screening records, 3,600 waiting spells, 5,000 applicants and 6,000 questionnaires. It times
// the domain's part only (the api's reading comes on top): each region's programme report and
// compliance figures for the school year and for the last month (the live view, with only that
// month's facts, as the api reads them), the national roll-ups, the three together as a national
// dashboard would ask for them, and the month-by-month compliance trend. "Cold" is the first run
// in the process, "warm" the median of the next five; each with its CPU time beside the wall-clock
// time (the machine is shared). `pnpm bench:reporting <label prefix>` times one case only. No
// timed assertions: the figures are printed.
import { programmeSettingsFromTemplate } from '../src/programme/templates.js';
import { addDays } from '../src/calendar/index.js';
import {
  complianceMeasures,
  complianceProgrammeOf,
  complianceReport,
  complianceTrend,
  periodsIn,
  programmeReport,
  programmeReportCounts,
  rollUpCompliance,
  rollUpProgrammeReports,
} from '../src/reporting/index.js';

const REGIONS = 10;
const RUNNING_PER_REGION = 300;
const CLOSED_PER_REGION = 60;
const VOLUNTEERS_PER_REGION = 250;
const LOG_TARGET = 150_000;
const WARM_RUNS = 5;
const schoolYear = { from: '2024-08-01', until: '2025-07-31' };
const today = '2025-07-31';
const settings = programmeSettingsFromTemplate('schoolsCool');
const FORMS = ['faceToFace', 'faceToFace', 'faceToFace', 'phone', 'video'];
const CHANNELS = ['employer', 'volunteerCentre', 'socialMedia', 'school', 'friend', 'other', null];
const REASONS = ['completed', 'menteeStopped', 'mentorStopped', 'moved', 'other'];

/** A small seeded generator, so every run measures the same data. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

function region(index) {
  const rnd = seeded(1_000 + index);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const prefix = `r${index}`;
  const programmeId = `${prefix}-p`;
  const matches = [];
  const logs = [];
  const planned = [];
  const checkIns = [];
  const people = [];
  const volunteers = [];
  const waiting = [];
  const applicants = [];
  const questionnaires = [];
  const logsPerRegion = LOG_TARGET / REGIONS;
  for (let v = 0; v < VOLUNTEERS_PER_REGION; v += 1) {
    const id = `${prefix}-v${v}`;
    people.push({ id, gender: rnd() < 0.6 ? 'female' : 'male', birthDate: `${1950 + Math.floor(rnd() * 55)}-0${1 + Math.floor(rnd() * 9)}-15`, background: pick(['none', 'migration', null]), workStatus: pick(['working', 'retired', 'studying']) });
    const seen = addDays('2024-06-01', Math.floor(rnd() * 60));
    volunteers.push({
      volunteerId: id,
      programmeId,
      screening: {
        intakeInterview: { heldOn: '2024-05-01', interviewer: 'x', notes: '', outcome: 'suitable' },
        referenceChecks: [
          { checkedOn: '2024-05-05', refereeName: 'a', outcome: 'positive' },
          { checkedOn: '2024-05-06', refereeName: 'b', outcome: 'positive' },
        ],
        vog: { requestedOn: '2024-05-01', registration: { seenBy: 'x', seenOn: seen, issueDate: addDays(seen, -10), screeningAspects: rnd() < 0.97 ? ['84'] : [], result: 'provided' } },
        codeOfConduct: { signedOn: '2024-05-02', version: settings.screening.codeOfConductVersion },
        training: { completedOn: '2024-05-20' },
      },
    });
  }
  for (let m = 0; m < RUNNING_PER_REGION + CLOSED_PER_REGION; m += 1) {
    const matchId = `${prefix}-m${m}`;
    const closed = m >= RUNNING_PER_REGION;
    const startedOn = addDays(closed ? '2024-06-01' : '2024-08-05', Math.floor(rnd() * 28));
    const endedOn = closed ? addDays('2024-09-01', Math.floor(rnd() * 300)) : null;
    const reason = pick(REASONS);
    const menteeId = `${prefix}-pupil${m}`;
    const volunteerId = `${prefix}-v${m % VOLUNTEERS_PER_REGION}`;
    matches.push({
      matchId,
      programmeId,
      menteeId,
      volunteerId,
      coordinatorId: `${prefix}-k${m % 4}`,
      pupilId: menteeId,
      familyId: `${prefix}-f${m - (m % 3 === 2 ? 1 : 0)}`,
      startedOn,
      endedOn,
      closure: closed ? { reason, timing: reason === 'completed' ? 'planned' : 'early' } : null,
      peer: null,
    });
    people.push({ id: menteeId, gender: rnd() < 0.5 ? 'female' : 'male', birthDate: `${2010 + Math.floor(rnd() * 4)}-0${1 + Math.floor(rnd() * 9)}-10`, background: pick(['none', 'migration']), workStatus: null });
    const last = endedOn ?? today;
    for (let day = startedOn; day <= last; day = addDays(day, 7)) {
      planned.push({ matchId, date: day });
      if (logs.length < logsPerRegion && rnd() < 0.97) logs.push({ matchId, date: addDays(day, rnd() < 0.8 ? 0 : 1), durationMinutes: 60 + Math.floor(rnd() * 60), form: pick(FORMS) });
    }
    for (let day = addDays(startedOn, 10); day <= last; day = addDays(day, rnd() < 0.9 ? 14 : 20)) checkIns.push({ matchId, on: day });
    const waitingSince = addDays(startedOn, -Math.floor(10 + rnd() * 60));
    waiting.push({ pupilId: menteeId, programmeId, waitingSince, matchedOn: startedOn, closedOn: null });
  }
  for (let a = 0; a < 500; a += 1) {
    const applied = addDays(schoolYear.from, Math.floor(rnd() * 300));
    const reached = { applied };
    let day = applied;
    for (const stage of ['intakeInterview', 'referenceChecks', 'vog', 'codeOfConduct', 'training']) {
      if (rnd() < 0.15) break;
      day = addDays(day, Math.floor(rnd() * 20));
      reached[stage] = day;
    }
    applicants.push({ id: `${prefix}-a${a}`, reached, channel: pick(CHANNELS), employer: rnd() < 0.2 ? pick(['Rabobank', 'ASML', 'Gemeente']) : null });
  }
  for (let q = 0; q < 600; q += 1) {
    const sentOn = addDays(schoolYear.from, Math.floor(rnd() * 350));
    questionnaires.push({ questionnaire: rnd() < 0.5 ? 'midTermReport' : 'finalReport', sentOn, completedOn: rnd() < 0.7 ? addDays(sentOn, 5) : null });
  }
  return {
    id: prefix,
    report: { programmeId, settings, matches, logs, people, applicants },
    compliance: {
      programmes: [complianceProgrammeOf(programmeId, settings)],
      volunteers,
      matches,
      checkIns,
      plannedMeetings: planned,
      logs,
      waiting,
      questionnaires,
    },
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Wall-clock and CPU time of one call: on a shared machine the CPU time is the steadier figure. */
function once(fn) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, wall, cpu: (used.user + used.system) / 1000 };
}

const only = process.argv[2];

function timed(label, fn) {
  if (only && !label.startsWith(only)) return fn();
  const cold = once(fn);
  const warm = Array.from({ length: WARM_RUNS }, () => once(fn));
  const ms = (n) => `${n.toFixed(1).padStart(7)} ms`;
  console.log(`${label.padEnd(58)} warm ${ms(median(warm.map((run) => run.wall)))} (cpu ${ms(median(warm.map((run) => run.cpu)))})   cold ${ms(cold.wall)} (cpu ${ms(cold.cpu)})`);
  return cold.value;
}

const regions = Array.from({ length: REGIONS }, (_, i) => region(i));
const totals = regions.reduce(
  (sum, r) => ({
    matches: sum.matches + r.report.matches.length,
    logs: sum.logs + r.report.logs.length,
    planned: sum.planned + r.compliance.plannedMeetings.length,
    checkIns: sum.checkIns + r.compliance.checkIns.length,
    volunteers: sum.volunteers + r.compliance.volunteers.length,
  }),
  { matches: 0, logs: 0, planned: 0, checkIns: 0, volunteers: 0 },
);
console.log(
  `${REGIONS} regions: ${totals.matches} matches (${REGIONS * RUNNING_PER_REGION} running), ${totals.logs} logs, ${totals.planned} planned meetings, ${totals.checkIns} check-ins, ${totals.volunteers} volunteers`,
);

timed('programme report, 10 regions (school year, published)', () => regions.map((r) => programmeReport(r.report, schoolYear)));
const reports = regions.map((r) => programmeReportCounts(r.report, schoolYear));
const compliance = timed('compliance figures with records, 10 regions (school year)', () => regions.map((r) => complianceReport(r.compliance, schoolYear, today)));
// What the api reads for one month: that month's meetings and logs (three days either side), the
// last check-in before it and those in it, the matches that ran in it.
const july = { from: '2025-07-01', until: '2025-07-31' };
const julyFacts = regions.map((r) => {
  const f = r.compliance;
  const near = (date) => date >= addDays(july.from, -3) && date <= addDays(july.until, 3);
  const lastBefore = new Map();
  for (const c of f.checkIns) if (c.on < july.from && (lastBefore.get(c.matchId) ?? '') < c.on) lastBefore.set(c.matchId, c.on);
  return {
    ...f,
    matches: f.matches.filter((m) => m.startedOn <= july.until && (m.endedOn === null || m.endedOn >= july.from)),
    checkIns: [...f.checkIns.filter((c) => c.on >= july.from), ...[...lastBefore].map(([matchId, on]) => ({ matchId, on }))],
    plannedMeetings: f.plannedMeetings.filter((m) => m.date >= july.from && m.date <= july.until),
    logs: f.logs.filter((l) => near(l.date)),
  };
});
timed('live compliance, 10 regions (July: the month read alone)', () => julyFacts.map((f) => complianceReport(f, july, today)));
timed('national roll-ups (report + compliance)', () => {
  rollUpProgrammeReports(reports.map((counts, i) => ({ organisationId: regions[i].id, name: regions[i].id, counts })));
  rollUpCompliance(compliance.map((report, i) => ({ organisationId: regions[i].id, name: regions[i].id, measures: complianceMeasures(report) })));
});
timed('together: year report + live compliance (July) + roll-ups', () => {
  const counts = regions.map((r) => programmeReportCounts(r.report, schoolYear));
  const figures = julyFacts.map((f) => complianceReport(f, july, today));
  rollUpProgrammeReports(counts.map((c, i) => ({ organisationId: regions[i].id, name: regions[i].id, counts: c })));
  rollUpCompliance(figures.map((report, i) => ({ organisationId: regions[i].id, name: regions[i].id, measures: complianceMeasures(report) })));
});
const months = periodsIn(schoolYear, 'month');
timed(`compliance trend, ${months.length} months, 10 regions`, () => regions.map((r) => complianceTrend(r.compliance, months, today)));
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
