import { Migration } from '@mikro-orm/migrations';

/**
 * The logs of a match in a period (the programme report, the compliance dashboard, the attention
 * list): one index on (match, date). With the two single-column indexes alone, PostgreSQL without
 * fresh statistics ANDs the date index, which spans every log of the period, once per match
 * (10 s for a region of 1,200 matches in the reports benchmark).
 */
export class Migration20261207152941_meeting_log_match_date extends Migration {

  override name = 'Migration20261207152941_meeting_log_match_date';

  override up(): void | Promise<void> {
    this.addSql(`create index "meeting_log_match_id_date_index" on "meeting_log" ("match_id", "date");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "meeting_log_match_id_date_index";`);
  }

}
