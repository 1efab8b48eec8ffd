import { Migration } from '@mikro-orm/migrations';

export class Migration20261204185958_concerns extends Migration {

  override name = 'Migration20261204185958_concerns';

  override up(): void | Promise<void> {
    this.addSql(`create table \`safeguarding_role\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`staff_member_id\` text not null, \`role\` text check (\`role\` in ('lead', 'deputy')) not null, \`created_at\` datetime not null, constraint \`safeguarding_role_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`), constraint \`safeguarding_role_staff_member_id_foreign\` foreign key (\`staff_member_id\`) references \`staff_member\` (\`id\`));`);
    this.addSql(`create index \`safeguarding_role_organisation_id_index\` on \`safeguarding_role\` (\`organisation_id\`);`);
    this.addSql(`create index \`safeguarding_role_staff_member_id_index\` on \`safeguarding_role\` (\`staff_member_id\`);`);
    this.addSql(`create unique index \`safeguarding_role_staff_member_id_role_unique\` on \`safeguarding_role\` (\`staff_member_id\`, \`role\`);`);

    this.addSql(`create table \`concern\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`pupil_id\` text not null, \`match_id\` text null, \`subject_person_id\` text null, \`reporter_id\` text not null, \`reported_at\` datetime not null, \`status\` text not null, \`acute\` integer not null, \`acknowledged\` integer not null default false, \`version\` integer not null, constraint \`concern_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`), constraint \`concern_pupil_id_foreign\` foreign key (\`pupil_id\`) references \`pupil\` (\`id\`), constraint \`concern_match_id_foreign\` foreign key (\`match_id\`) references \`match\` (\`id\`) on delete set null);`);
    this.addSql(`create index \`concern_organisation_id_index\` on \`concern\` (\`organisation_id\`);`);
    this.addSql(`create index \`concern_pupil_id_index\` on \`concern\` (\`pupil_id\`);`);
    this.addSql(`create index \`concern_match_id_index\` on \`concern\` (\`match_id\`);`);
    this.addSql(`create index \`concern_subject_person_id_index\` on \`concern\` (\`subject_person_id\`);`);
    this.addSql(`create index \`concern_reporter_id_index\` on \`concern\` (\`reporter_id\`);`);
    this.addSql(`create index \`concern_status_index\` on \`concern\` (\`status\`);`);

    this.addSql(`create table \`concern_entry\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`concern_id\` text not null, \`version\` integer not null, \`kind\` text not null, \`facts\` text null, \`interpretation\` text null, \`body\` json not null, \`by_id\` text not null, \`by_role\` text not null, \`at\` datetime not null, constraint \`concern_entry_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`), constraint \`concern_entry_concern_id_foreign\` foreign key (\`concern_id\`) references \`concern\` (\`id\`));`);
    this.addSql(`create index \`concern_entry_organisation_id_index\` on \`concern_entry\` (\`organisation_id\`);`);
    this.addSql(`create index \`concern_entry_concern_id_index\` on \`concern_entry\` (\`concern_id\`);`);
    this.addSql(`create unique index \`concern_entry_concern_id_version_unique\` on \`concern_entry\` (\`concern_id\`, \`version\`);`);

    this.addSql(`alter table \`meeting_log\` add column \`concern_id\` text null;`);

    this.addSql(`alter table \`check_in\` add column \`safety_concern\` integer null;`);
    this.addSql(`alter table \`check_in\` add column \`concern_id\` text null;`);
  }

  override down(): void | Promise<void> {

    this.addSql(`drop table if exists \`safeguarding_role\`;`);
    this.addSql(`drop table if exists \`concern\`;`);
    this.addSql(`drop table if exists \`concern_entry\`;`);

    this.addSql(`alter table \`check_in\` drop column \`safety_concern\`;`);
    this.addSql(`alter table \`check_in\` drop column \`concern_id\`;`);

    this.addSql(`alter table \`meeting_log\` drop column \`concern_id\`;`);
  }

}
