import { Migration } from '@mikro-orm/migrations';

export class Migration20261204231900_report_narratives extends Migration {

  override name = 'Migration20261204231900_report_narratives';

  override up(): void | Promise<void> {
    this.addSql(`create table "report_narrative" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "programme_id" varchar(36) not null, "period_from" varchar(10) not null, "period_until" varchar(10) not null, "section" varchar(40) not null, "text" text not null, "updated_by_id" varchar(36) not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "report_narrative_organisation_id_index" on "report_narrative" ("organisation_id");`);
    this.addSql(`create index "report_narrative_programme_id_index" on "report_narrative" ("programme_id");`);
    this.addSql(`alter table "report_narrative" add constraint "report_narrative_programme_id_period_from_period__28160_unique" unique ("programme_id", "period_from", "period_until", "section");`);

    this.addSql(`alter table "report_narrative" add constraint "report_narrative_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "report_narrative" add constraint "report_narrative_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "report_narrative" cascade;`);
  }

}
