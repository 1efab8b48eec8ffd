import { Migration } from '@mikro-orm/migrations';

export class Migration20261204194435_school_holidays extends Migration {

  override name = 'Migration20261204194435_school_holidays';

  override up(): void | Promise<void> {
    this.addSql(`create table "holiday_edit" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "school_id" varchar(36) null, "region" text null, "kind" text not null, "from" varchar(10) not null, "until" varchar(10) not null, "reason" text null, "name" varchar(120) null, "note" varchar(500) null, "created_by" varchar(36) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "holiday_edit_organisation_id_index" on "holiday_edit" ("organisation_id");`);

    this.addSql(`alter table "school" add "province" text null, add "holiday_region" text null;`);
    this.addSql(`alter table "school" add constraint "school_province_check" check ("province" in ('groningen', 'friesland', 'drenthe', 'overijssel', 'flevoland', 'gelderland', 'utrecht', 'noordHolland', 'zuidHolland', 'zeeland', 'noordBrabant', 'limburg'));`);
    this.addSql(`alter table "school" add constraint "school_holiday_region_check" check ("holiday_region" in ('noord', 'midden', 'zuid'));`);

    this.addSql(`alter table "holiday_edit" add constraint "holiday_edit_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "holiday_edit" add constraint "holiday_edit_school_id_foreign" foreign key ("school_id") references "school" ("id") on delete cascade;`);
    this.addSql(`alter table "holiday_edit" add constraint "holiday_edit_region_check" check ("region" in ('noord', 'midden', 'zuid'));`);
    this.addSql(`alter table "holiday_edit" add constraint "holiday_edit_kind_check" check ("kind" in ('dayOff', 'schoolDay'));`);
    this.addSql(`alter table "holiday_edit" add constraint "holiday_edit_reason_check" check ("reason" in ('studyDay', 'localHoliday', 'other'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "holiday_edit" cascade;`);

    this.addSql(`alter table "school" drop constraint "school_province_check";`);
    this.addSql(`alter table "school" drop constraint "school_holiday_region_check";`);
    this.addSql(`alter table "school" drop column "province", drop column "holiday_region";`);
  }

}
