import { Migration } from '@mikro-orm/migrations';

export class Migration20261204231904_organisation_settings extends Migration {

  override name = 'Migration20261204231904_organisation_settings';

  override up(): void | Promise<void> {
    this.addSql(`create table "organisation_settings" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "phone" varchar(20) null, "email" varchar(254) null, "address" varchar(300) null, "duty_coordinator_id" varchar(36) null, "sender_name" varchar(120) null, "logo" bytea null, "logo_type" varchar(20) null, "logo_hash" varchar(64) null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "organisation_settings" add constraint "organisation_settings_organisation_id_unique" unique ("organisation_id");`);

    this.addSql(`alter table "pupil" add "address" varchar(300) null;`);

    this.addSql(`alter table "organisation_settings" add constraint "organisation_settings_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "organisation_settings" cascade;`);

    this.addSql(`alter table "pupil" drop column "address";`);
  }

}
