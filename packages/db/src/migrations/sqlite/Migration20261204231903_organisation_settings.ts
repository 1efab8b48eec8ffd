import { Migration } from '@mikro-orm/migrations';

export class Migration20261204231903_organisation_settings extends Migration {

  override name = 'Migration20261204231903_organisation_settings';

  override up(): void | Promise<void> {
    this.addSql(`create table \`organisation_settings\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`phone\` text null, \`email\` text null, \`address\` text null, \`duty_coordinator_id\` text null, \`sender_name\` text null, \`logo\` blob null, \`logo_type\` text null, \`logo_hash\` text null, \`updated_at\` datetime not null, constraint \`organisation_settings_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`));`);
    this.addSql(`create index \`organisation_settings_organisation_id_index\` on \`organisation_settings\` (\`organisation_id\`);`);
    this.addSql(`create unique index \`organisation_settings_organisation_id_unique\` on \`organisation_settings\` (\`organisation_id\`);`);

    this.addSql(`alter table \`pupil\` add column \`address\` text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists \`organisation_settings\`;`);

    this.addSql(`alter table \`pupil\` drop column \`address\`;`);
  }

}
