import { Migration } from '@mikro-orm/migrations';

export class Migration20261204231859_organisation_regions extends Migration {

  override name = 'Migration20261204231859_organisation_regions';

  override up(): void | Promise<void> {
    this.addSql(`alter table "organisation" add "parent_id" varchar(36) null;`);
    this.addSql(`alter table "organisation" add constraint "organisation_parent_id_foreign" foreign key ("parent_id") references "organisation" ("id") on delete set null;`);
    this.addSql(`create index "organisation_parent_id_index" on "organisation" ("parent_id");`);

    this.addSql(`alter table "staff_member" add "national" boolean not null default false;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "organisation" drop constraint "organisation_parent_id_foreign";`);

    this.addSql(`drop index "organisation_parent_id_index";`);
    this.addSql(`alter table "organisation" drop column "parent_id";`);

    this.addSql(`alter table "staff_member" drop column "national";`);
  }

}
