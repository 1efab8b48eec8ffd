/**
 * What the evaluation spec needs and no screen can do: a running match half-way through its
 * planned duration today. Written straight into the stopped server's SQLite file (the way the
 * api's integration test arranges its consent records), before the server starts again and its
 * start-up job sends the questionnaires that are due (DOMAIN.md §7).
 *
 * The demo's Thuisschoolmaatje programme uses the Parent'R'US mid-term report for the mentor and
 * the parents; its match (Lina Haddad with Iris van Dijk) started so long ago that today is its
 * middle; pupil and guardians gave the EVALUATION consent (EVA-1). The volunteer's own consent is
 * given in the portal by the test.
 */
import { randomUUID } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { amsterdamDate, NOW } from './clock.js';

/** The calendar day `days` before the tests' today in Amsterdam. */
function daysBefore(days: number): string {
  const [y, m, d] = amsterdamDate.format(NOW).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}

/** The id of the Parent'R'US mid-term report (`@driehoek/domain/evaluation`). */
export const PARENT_RUS_MID_TERM_REPORT = 'midTermReport';

/**
 * A two-month fixed term started 34 days ago: its middle (30 days after the start) was four days
 * ago, well inside the four weeks an invitation stays open, whatever today is.
 */
export function matchAtMidTerm(databaseFile: string, pupilFirstName = 'Lina'): void {
  const db = new DatabaseSync(databaseFile);
  try {
    const match = db.prepare('select m.id, m.programme_id, m.pupil_id from `match` m join pupil p on p.id = m.pupil_id where p.first_name = ? and m.started_on is not null').get(pupilFirstName) as
      | { id: string; programme_id: string; pupil_id: string }
      | undefined;
    if (!match) throw new Error(`no running match of ${pupilFirstName} in the demo`);
    const programme = db.prepare('select settings from programme where id = ?').get(match.programme_id) as { settings: string };
    const settings = JSON.parse(programme.settings) as Record<string, unknown> & { matchDuration: Record<string, unknown> };
    settings.questionnaires = [{ questionnaire: PARENT_RUS_MID_TERM_REPORT, when: 'midTerm', filledInBy: ['mentor', 'parent'] }];
    settings.matchDuration = { ...settings.matchDuration, basis: 'fixedTerm', minMonths: 2, idealMonths: 2, maxMonths: 2 };
    db.prepare('update programme set settings = ? where id = ?').run(JSON.stringify(settings), match.programme_id);
    db.prepare('update `match` set started_on = ? where id = ?').run(daysBefore(34), match.id);

    // EVA-1: the pupil and every parent give the EVALUATION consent (a copy of their mentoring record).
    const template = db.prepare('select * from consent where pupil_id = ? limit 1').get(match.pupil_id) as Record<string, unknown>;
    const parents = db.prepare("select id from family_member where pupil_id = ? and role != 'relative'").all(match.pupil_id) as { id: string }[];
    const givers = [{ id: match.pupil_id, role: 'pupil' }, ...parents.map((parent) => ({ id: parent.id, role: 'parentWithAuthority' }))];
    for (const giver of givers) {
      const row = { ...template, id: randomUUID(), purpose: 'evaluation', giver_person_id: giver.id, giver_role: giver.role, status: 'given', decision: 'given', withdrawn_on: null, supersedes_consent_id: null };
      const columns = Object.keys(row);
      db.prepare(`insert into consent (${columns.map((c) => `\`${c}\``).join(', ')}) values (${columns.map(() => '?').join(', ')})`).run(...(Object.values(row) as (string | number | null)[]));
    }
  } finally {
    db.close();
  }
}
