import { Migration } from '@mikro-orm/migrations';

export class Migration20261204231900_report_narratives extends Migration {

  override name = 'Migration20261204231900_report_narratives';

  override up(): void | Promise<void> {
    this.addSql(`create table \`report_narrative\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`programme_id\` text not null, \`period_from\` text not null, \`period_until\` text not null, \`section\` text not null, \`text\` text not null, \`updated_by_id\` text not null, \`updated_at\` datetime not null, constraint \`report_narrative_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`), constraint \`report_narrative_programme_id_foreign\` foreign key (\`programme_id\`) references \`programme\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`report_narrative_organisation_id_index\` on \`report_narrative\` (\`organisation_id\`);`);
    this.addSql(`create index \`report_narrative_programme_id_index\` on \`report_narrative\` (\`programme_id\`);`);
    this.addSql(`create unique index \`report_narrative_programme_id_period_from_period_until_section_unique\` on \`report_narrative\` (\`programme_id\`, \`period_from\`, \`period_until\`, \`section\`);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists \`report_narrative\`;`);
  }

}
