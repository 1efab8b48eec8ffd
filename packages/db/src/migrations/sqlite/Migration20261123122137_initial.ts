import { Migration } from '@mikro-orm/migrations';

export class Migration20261123122137_initial extends Migration {

  override name = 'Migration20261123122137_initial';

  override up(): void | Promise<void> {
    this.addSql(`create table \`organisation\` (\`id\` text not null primary key, \`name\` text not null, \`created_at\` datetime not null);`);

    this.addSql(`create table \`coordinator\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`name\` text not null, \`email\` text not null, \`password_hash\` text not null, \`role\` text check (\`role\` in ('coordinator', 'admin')) not null default 'coordinator', \`active\` integer not null default true, \`created_at\` datetime not null, constraint \`coordinator_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`));`);
    this.addSql(`create index \`coordinator_organisation_id_index\` on \`coordinator\` (\`organisation_id\`);`);
    this.addSql(`create unique index \`coordinator_email_unique\` on \`coordinator\` (\`email\`);`);

    this.addSql(`create table \`audit_entry\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`actor_id\` text not null, \`action\` text not null, \`subject_type\` text not null, \`subject_id\` text not null, \`at\` datetime not null, constraint \`audit_entry_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`));`);
    this.addSql(`create index \`audit_entry_organisation_id_index\` on \`audit_entry\` (\`organisation_id\`);`);
    this.addSql(`create index \`audit_entry_subject_id_index\` on \`audit_entry\` (\`subject_id\`);`);

    this.addSql(`create table \`outbox_message\` (\`id\` text not null primary key, \`organisation_id\` text null, \`to\` text not null, \`subject\` text not null, \`text\` text not null, \`created_at\` datetime not null, \`sent_at\` datetime null, \`claimed_until\` datetime null, \`attempts\` integer not null default 0, \`last_error\` text null, constraint \`outbox_message_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`) on delete set null);`);
    this.addSql(`create index \`outbox_message_organisation_id_index\` on \`outbox_message\` (\`organisation_id\`);`);
    this.addSql(`create index \`outbox_message_created_at_index\` on \`outbox_message\` (\`created_at\`);`);

    this.addSql(`create table \`programme\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`name\` text not null, \`template\` text not null, \`screening_policy\` json not null, \`open_for_applications\` integer not null default true, \`created_at\` datetime not null, constraint \`programme_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`));`);
    this.addSql(`create index \`programme_organisation_id_index\` on \`programme\` (\`organisation_id\`);`);

    this.addSql(`create table \`session\` (\`token_hash\` text not null primary key, \`coordinator_id\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, constraint \`session_coordinator_id_foreign\` foreign key (\`coordinator_id\`) references \`coordinator\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`session_coordinator_id_index\` on \`session\` (\`coordinator_id\`);`);

    this.addSql(`create table \`volunteer\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`programme_id\` text not null, \`first_name\` text not null, \`last_name\` text not null, \`email\` text not null, \`email_normalised\` text not null, \`phone\` text not null, \`postcode\` text not null, \`birth_date\` text not null, \`languages\` json not null, \`availability\` json not null, \`motivation\` text not null, \`channel\` text not null, \`employer\` text null, \`privacy_text_version\` text not null, \`privacy_consent_at\` datetime not null, \`locale\` text not null, \`applied_on\` text not null, \`created_at\` datetime not null, \`status_token_hash\` text not null, \`interview_held_on\` text null, \`interviewer\` text null, \`interview_notes\` text null, \`interview_outcome\` text null, \`vog_requested_on\` text null, \`vog_seen_by\` text null, \`vog_seen_on\` text null, \`vog_issue_date\` text null, \`vog_screening_aspects\` json null, \`vog_justis_reference\` text null, \`vog_result\` text null, \`code_of_conduct_signed_on\` text null, \`code_of_conduct_version\` text null, \`training_completed_on\` text null, \`decision_kind\` text null, \`decision_reason\` text null, \`decided_on\` text null, \`revoked_on\` text null, constraint \`volunteer_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`), constraint \`volunteer_programme_id_foreign\` foreign key (\`programme_id\`) references \`programme\` (\`id\`));`);
    this.addSql(`create index \`volunteer_organisation_id_index\` on \`volunteer\` (\`organisation_id\`);`);
    this.addSql(`create index \`volunteer_programme_id_index\` on \`volunteer\` (\`programme_id\`);`);
    this.addSql(`create unique index \`volunteer_status_token_hash_unique\` on \`volunteer\` (\`status_token_hash\`);`);
    this.addSql(`create unique index \`volunteer_programme_id_email_normalised_unique\` on \`volunteer\` (\`programme_id\`, \`email_normalised\`);`);

    this.addSql(`create table \`reference_check\` (\`id\` text not null primary key, \`volunteer_id\` text not null, \`checked_on\` text not null, \`referee_name\` text not null, \`outcome\` text not null, \`recorded_by\` text not null, constraint \`reference_check_volunteer_id_foreign\` foreign key (\`volunteer_id\`) references \`volunteer\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`reference_check_volunteer_id_index\` on \`reference_check\` (\`volunteer_id\`);`);
  }

  override down(): void | Promise<void> {

    this.addSql(`drop table if exists \`organisation\`;`);
    this.addSql(`drop table if exists \`coordinator\`;`);
    this.addSql(`drop table if exists \`audit_entry\`;`);
    this.addSql(`drop table if exists \`outbox_message\`;`);
    this.addSql(`drop table if exists \`programme\`;`);
    this.addSql(`drop table if exists \`session\`;`);
    this.addSql(`drop table if exists \`volunteer\`;`);
    this.addSql(`drop table if exists \`reference_check\`;`);
  }

}
