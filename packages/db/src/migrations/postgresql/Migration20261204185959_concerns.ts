import { Migration } from '@mikro-orm/migrations';

export class Migration20261204185959_concerns extends Migration {

  override name = 'Migration20261204185959_concerns';

  override up(): void | Promise<void> {
    this.addSql(`create table "safeguarding_role" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "staff_member_id" varchar(36) not null, "role" text not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "safeguarding_role_organisation_id_index" on "safeguarding_role" ("organisation_id");`);
    this.addSql(`create index "safeguarding_role_staff_member_id_index" on "safeguarding_role" ("staff_member_id");`);
    this.addSql(`alter table "safeguarding_role" add constraint "safeguarding_role_staff_member_id_role_unique" unique ("staff_member_id", "role");`);

    this.addSql(`create table "concern" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "pupil_id" varchar(36) not null, "match_id" varchar(36) null, "subject_person_id" varchar(36) null, "reporter_id" varchar(36) not null, "reported_at" timestamptz not null, "status" varchar(20) not null, "acute" boolean not null, "acknowledged" boolean not null default false, "version" int not null, primary key ("id"));`);
    this.addSql(`create index "concern_organisation_id_index" on "concern" ("organisation_id");`);
    this.addSql(`create index "concern_pupil_id_index" on "concern" ("pupil_id");`);
    this.addSql(`create index "concern_match_id_index" on "concern" ("match_id");`);
    this.addSql(`create index "concern_subject_person_id_index" on "concern" ("subject_person_id");`);
    this.addSql(`create index "concern_reporter_id_index" on "concern" ("reporter_id");`);
    this.addSql(`create index "concern_status_index" on "concern" ("status");`);

    this.addSql(`create table "concern_entry" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "concern_id" varchar(36) not null, "version" int not null, "kind" varchar(30) not null, "facts" text null, "interpretation" text null, "body" jsonb not null, "by_id" varchar(36) not null, "by_role" varchar(20) not null, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "concern_entry_organisation_id_index" on "concern_entry" ("organisation_id");`);
    this.addSql(`create index "concern_entry_concern_id_index" on "concern_entry" ("concern_id");`);
    this.addSql(`alter table "concern_entry" add constraint "concern_entry_concern_id_version_unique" unique ("concern_id", "version");`);

    this.addSql(`alter table "meeting_log" add "concern_id" varchar(36) null;`);

    this.addSql(`alter table "check_in" add "safety_concern" boolean null, add "concern_id" varchar(36) null;`);

    this.addSql(`alter table "safeguarding_role" add constraint "safeguarding_role_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "safeguarding_role" add constraint "safeguarding_role_staff_member_id_foreign" foreign key ("staff_member_id") references "staff_member" ("id");`);
    this.addSql(`alter table "safeguarding_role" add constraint "safeguarding_role_role_check" check ("role" in ('lead', 'deputy'));`);

    this.addSql(`alter table "concern" add constraint "concern_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "concern" add constraint "concern_pupil_id_foreign" foreign key ("pupil_id") references "pupil" ("id");`);
    this.addSql(`alter table "concern" add constraint "concern_match_id_foreign" foreign key ("match_id") references "match" ("id") on delete set null;`);

    this.addSql(`alter table "concern_entry" add constraint "concern_entry_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "concern_entry" add constraint "concern_entry_concern_id_foreign" foreign key ("concern_id") references "concern" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "concern_entry" drop constraint "concern_entry_concern_id_foreign";`);

    this.addSql(`drop table if exists "safeguarding_role" cascade;`);
    this.addSql(`drop table if exists "concern" cascade;`);
    this.addSql(`drop table if exists "concern_entry" cascade;`);

    this.addSql(`alter table "check_in" drop column "safety_concern", drop column "concern_id";`);

    this.addSql(`alter table "meeting_log" drop column "concern_id";`);
  }

}
