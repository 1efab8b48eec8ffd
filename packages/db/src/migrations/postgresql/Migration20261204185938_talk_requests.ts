import { Migration } from '@mikro-orm/migrations';

export class Migration20261204185938_talk_requests extends Migration {

  override name = 'Migration20261204185938_talk_requests';

  override up(): void | Promise<void> {
    this.addSql(`create table "talk_request" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "match_id" varchar(36) not null, "meeting_log_id" varchar(36) not null, "meeting_on" varchar(10) not null, "written_at" timestamptz not null, "answered_at" timestamptz null, "answered_by_id" varchar(36) null, "answered_by_name" varchar(200) null, "note" text null, primary key ("id"));`);
    this.addSql(`create index "talk_request_organisation_id_index" on "talk_request" ("organisation_id");`);
    this.addSql(`create index "talk_request_match_id_index" on "talk_request" ("match_id");`);
    this.addSql(`alter table "talk_request" add constraint "talk_request_meeting_log_id_unique" unique ("meeting_log_id");`);

    this.addSql(`alter table "talk_request" add constraint "talk_request_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "talk_request" add constraint "talk_request_match_id_foreign" foreign key ("match_id") references "match" ("id");`);
    this.addSql(`alter table "talk_request" add constraint "talk_request_meeting_log_id_foreign" foreign key ("meeting_log_id") references "meeting_log" ("id");`);
    // The requests already written: a request stays open unless a check-in was recorded after it
    // was written (on or after its meeting's day); that check-in is then taken as the answer.
    const answeringCheckIn = (column: string) =>
      `(select c.${column} from check_in c where c.match_id = l.match_id and c.created_at > l.created_at and c."on" >= l.date order by c.created_at limit 1)`;
    this.addSql(
      `insert into talk_request (id, organisation_id, match_id, meeting_log_id, meeting_on, written_at, answered_at, answered_by_id, answered_by_name, note) ` +
        `select l.id, l.organisation_id, l.match_id, l.id, l.date, l.created_at, ${answeringCheckIn('created_at')}, ${answeringCheckIn('by_id')}, ${answeringCheckIn('by_name')}, null ` +
        `from meeting_log l where l.wants_to_talk_to_coordinator;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "talk_request" cascade;`);
  }

}
