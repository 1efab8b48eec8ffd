import { Migration } from '@mikro-orm/migrations';

export class Migration20261204185936_talk_requests extends Migration {

  override name = 'Migration20261204185936_talk_requests';

  override up(): void | Promise<void> {
    this.addSql(`create table \`talk_request\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`match_id\` text not null, \`meeting_log_id\` text not null, \`meeting_on\` text not null, \`written_at\` datetime not null, \`answered_at\` datetime null, \`answered_by_id\` text null, \`answered_by_name\` text null, \`note\` text null, constraint \`talk_request_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`), constraint \`talk_request_match_id_foreign\` foreign key (\`match_id\`) references \`match\` (\`id\`), constraint \`talk_request_meeting_log_id_foreign\` foreign key (\`meeting_log_id\`) references \`meeting_log\` (\`id\`));`);
    this.addSql(`create index \`talk_request_organisation_id_index\` on \`talk_request\` (\`organisation_id\`);`);
    this.addSql(`create index \`talk_request_match_id_index\` on \`talk_request\` (\`match_id\`);`);
    this.addSql(`create index \`talk_request_meeting_log_id_index\` on \`talk_request\` (\`meeting_log_id\`);`);
    this.addSql(`create unique index \`talk_request_meeting_log_id_unique\` on \`talk_request\` (\`meeting_log_id\`);`);
    // The requests already written: a request stays open unless a check-in was recorded after it
    // was written (on or after its meeting's day); that check-in is then taken as the answer.
    const answeringCheckIn = (column: string) =>
      `(select c.${column} from check_in c where c.match_id = l.match_id and c.created_at > l.created_at and c.\`on\` >= l.date order by c.created_at limit 1)`;
    this.addSql(
      `insert into talk_request (id, organisation_id, match_id, meeting_log_id, meeting_on, written_at, answered_at, answered_by_id, answered_by_name, note) ` +
        `select l.id, l.organisation_id, l.match_id, l.id, l.date, l.created_at, ${answeringCheckIn('created_at')}, ${answeringCheckIn('by_id')}, ${answeringCheckIn('by_name')}, null ` +
        `from meeting_log l where l.wants_to_talk_to_coordinator = 1;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists \`talk_request\`;`);
  }

}
