import { Migration } from '@mikro-orm/migrations';

export class Migration20261204194433_school_holidays extends Migration {

  override name = 'Migration20261204194433_school_holidays';

  override up(): void | Promise<void> {
    this.addSql(`create table \`holiday_edit\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`school_id\` text null, \`region\` text check (\`region\` in ('noord', 'midden', 'zuid')) null, \`kind\` text check (\`kind\` in ('dayOff', 'schoolDay')) not null, \`from\` text not null, \`until\` text not null, \`reason\` text check (\`reason\` in ('studyDay', 'localHoliday', 'other')) null, \`name\` text null, \`note\` text null, \`created_by\` text not null, \`created_at\` datetime not null, constraint \`holiday_edit_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`), constraint \`holiday_edit_school_id_foreign\` foreign key (\`school_id\`) references \`school\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`holiday_edit_organisation_id_index\` on \`holiday_edit\` (\`organisation_id\`);`);
    this.addSql(`create index \`holiday_edit_school_id_index\` on \`holiday_edit\` (\`school_id\`);`);

    // Added in place (no table copy): the school's rows and the pupils and staff pointing at them stay as they are.
    this.addSql(`alter table \`school\` add column \`province\` text null check (\`province\` in ('groningen', 'friesland', 'drenthe', 'overijssel', 'flevoland', 'gelderland', 'utrecht', 'noordHolland', 'zuidHolland', 'zeeland', 'noordBrabant', 'limburg'));`);
    this.addSql(`alter table \`school\` add column \`holiday_region\` text null check (\`holiday_region\` in ('noord', 'midden', 'zuid'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists \`holiday_edit\`;`);

    this.addSql(`alter table \`school\` drop column \`holiday_region\`;`);
    this.addSql(`alter table \`school\` drop column \`province\`;`);
  }

}
