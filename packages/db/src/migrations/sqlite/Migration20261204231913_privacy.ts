import { Migration } from '@mikro-orm/migrations';

export class Migration20261204231913_privacy extends Migration {

  override name = 'Migration20261204231913_privacy';

  override up(): void | Promise<void> {
    this.addSql(`create table \`job_lease\` (\`name\` text not null primary key, \`holder\` text not null, \`until\` datetime not null);`);

    this.addSql(`create table \`breach_entry\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`discovered_at\` datetime not null, \`summary\` text not null, \`risk\` text null, \`risk_rationale\` text null, \`assessed_at\` datetime null, \`ap_notified_at\` datetime null, \`delay_reason\` text null, \`subjects_notified_at\` datetime null, \`subject_notification_exception\` text null, \`closed_on\` text null, \`created_by_id\` text not null, \`created_at\` datetime not null, constraint \`breach_entry_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`));`);
    this.addSql(`create index \`breach_entry_organisation_id_index\` on \`breach_entry\` (\`organisation_id\`);`);

    this.addSql(`create table \`privacy_setup\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`dpia\` json null, \`processing_register_updated_on\` text null, \`privacy_notice\` json null, \`processors\` json not null, \`updated_at\` datetime not null, constraint \`privacy_setup_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`));`);
    this.addSql(`create index \`privacy_setup_organisation_id_index\` on \`privacy_setup\` (\`organisation_id\`);`);
    this.addSql(`create unique index \`privacy_setup_organisation_id_unique\` on \`privacy_setup\` (\`organisation_id\`);`);

    this.addSql(`create table \`retention_policy\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`programme_id\` text null, \`changes\` json not null, \`adopted_on\` text null, \`updated_by_id\` text not null, \`updated_at\` datetime not null, constraint \`retention_policy_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`), constraint \`retention_policy_programme_id_foreign\` foreign key (\`programme_id\`) references \`programme\` (\`id\`) on delete set null);`);
    this.addSql(`create index \`retention_policy_organisation_id_index\` on \`retention_policy\` (\`organisation_id\`);`);
    this.addSql(`create index \`retention_policy_programme_id_index\` on \`retention_policy\` (\`programme_id\`);`);
    this.addSql(`create unique index \`retention_policy_organisation_id_programme_id_unique\` on \`retention_policy\` (\`organisation_id\`, \`programme_id\`);`);

    this.addSql(`create table \`retention_run\` (\`id\` text not null primary key, \`day\` text not null, \`started_at\` datetime not null, \`finished_at\` datetime null, \`counts\` json not null);`);
    this.addSql(`create index \`retention_run_day_index\` on \`retention_run\` (\`day\`);`);

    this.addSql(`create table \`subject_request_entry\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`kind\` text not null, \`subject_type\` text check (\`subject_type\` in ('pupil', 'familyMember', 'volunteer')) not null, \`subject_id\` text not null, \`requester\` text not null, \`received_on\` text not null, \`extension_notified_on\` text null, \`extension_reason\` text null, \`completed_on\` text null, \`outcome\` text null, \`created_by_id\` text not null, \`created_at\` datetime not null, constraint \`subject_request_entry_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`));`);
    this.addSql(`create index \`subject_request_entry_organisation_id_index\` on \`subject_request_entry\` (\`organisation_id\`);`);
    this.addSql(`create index \`subject_request_entry_subject_id_index\` on \`subject_request_entry\` (\`subject_id\`);`);

    this.addSql(`alter table \`audit_entry\` add column \`actor_role\` text null;`);
    this.addSql(`alter table \`audit_entry\` add column \`session_key\` text null;`);
    this.addSql(`create index \`audit_entry_actor_id_index\` on \`audit_entry\` (\`actor_id\`);`);
    this.addSql(`create index \`audit_entry_at_index\` on \`audit_entry\` (\`at\`);`);
    this.addSql(`create index \`audit_entry_session_key_subject_id_index\` on \`audit_entry\` (\`session_key\`, \`subject_id\`);`);

    this.addSql(`alter table \`pupil\` add column \`anonymised_on\` text null;`);

    this.addSql(`alter table \`volunteer\` add column \`anonymised_on\` text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists \`job_lease\`;`);
    this.addSql(`drop table if exists \`breach_entry\`;`);
    this.addSql(`drop table if exists \`privacy_setup\`;`);
    this.addSql(`drop table if exists \`retention_policy\`;`);
    this.addSql(`drop table if exists \`retention_run\`;`);
    this.addSql(`drop table if exists \`subject_request_entry\`;`);

    this.addSql(`drop index \`audit_entry_actor_id_index\`;`);
    this.addSql(`drop index \`audit_entry_at_index\`;`);
    this.addSql(`drop index \`audit_entry_session_key_subject_id_index\`;`);
    this.addSql(`alter table \`audit_entry\` drop column \`actor_role\`;`);
    this.addSql(`alter table \`audit_entry\` drop column \`session_key\`;`);

    this.addSql(`alter table \`pupil\` drop column \`anonymised_on\`;`);

    this.addSql(`alter table \`volunteer\` drop column \`anonymised_on\`;`);
  }

}
