import { Migration } from '@mikro-orm/migrations';

export class Migration20261204231858_organisation_regions extends Migration {

  override name = 'Migration20261204231858_organisation_regions';

  override up(): void | Promise<void> {
    this.addSql(`alter table \`organisation\` add column \`parent_id\` text null constraint \`organisation_parent_id_foreign\` references \`organisation\` (\`id\`) on delete set null;`);
    this.addSql(`create index \`organisation_parent_id_index\` on \`organisation\` (\`parent_id\`);`);

    this.addSql(`alter table \`staff_member\` add column \`national\` integer not null default false;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index \`organisation_parent_id_index\`;`);
    this.addSql(`alter table \`organisation\` drop column \`parent_id\`;`);

    this.addSql(`alter table \`staff_member\` drop column \`national\`;`);
  }

}
