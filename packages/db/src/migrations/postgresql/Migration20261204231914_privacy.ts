import { Migration } from '@mikro-orm/migrations';

export class Migration20261204231914_privacy extends Migration {

  override name = 'Migration20261204231914_privacy';

  override up(): void | Promise<void> {
    this.addSql(`create table "job_lease" ("name" varchar(60) not null, "holder" varchar(36) not null, "until" timestamptz not null, primary key ("name"));`);

    this.addSql(`create table "breach_entry" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "discovered_at" timestamptz not null, "summary" text not null, "risk" varchar(20) null, "risk_rationale" text null, "assessed_at" timestamptz null, "ap_notified_at" timestamptz null, "delay_reason" text null, "subjects_notified_at" timestamptz null, "subject_notification_exception" varchar(30) null, "closed_on" varchar(10) null, "created_by_id" varchar(36) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "breach_entry_organisation_id_index" on "breach_entry" ("organisation_id");`);

    this.addSql(`create table "privacy_setup" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "dpia" jsonb null, "processing_register_updated_on" varchar(10) null, "privacy_notice" jsonb null, "processors" jsonb not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "privacy_setup" add constraint "privacy_setup_organisation_id_unique" unique ("organisation_id");`);

    this.addSql(`create table "retention_policy" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "programme_id" varchar(36) null, "changes" jsonb not null, "adopted_on" varchar(10) null, "updated_by_id" varchar(36) not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "retention_policy_organisation_id_index" on "retention_policy" ("organisation_id");`);
    this.addSql(`create index "retention_policy_programme_id_index" on "retention_policy" ("programme_id");`);
    this.addSql(`alter table "retention_policy" add constraint "retention_policy_organisation_id_programme_id_unique" unique ("organisation_id", "programme_id");`);

    this.addSql(`create table "retention_run" ("id" varchar(36) not null, "day" varchar(10) not null, "started_at" timestamptz not null, "finished_at" timestamptz null, "counts" jsonb not null, primary key ("id"));`);
    this.addSql(`create index "retention_run_day_index" on "retention_run" ("day");`);

    this.addSql(`create table "subject_request_entry" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "kind" varchar(20) not null, "subject_type" text not null, "subject_id" varchar(36) not null, "requester" varchar(20) not null, "received_on" varchar(10) not null, "extension_notified_on" varchar(10) null, "extension_reason" text null, "completed_on" varchar(10) null, "outcome" varchar(20) null, "created_by_id" varchar(36) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "subject_request_entry_organisation_id_index" on "subject_request_entry" ("organisation_id");`);
    this.addSql(`create index "subject_request_entry_subject_id_index" on "subject_request_entry" ("subject_id");`);

    this.addSql(`alter table "audit_entry" add "actor_role" varchar(20) null, add "session_key" varchar(64) null;`);
    this.addSql(`create index "audit_entry_actor_id_index" on "audit_entry" ("actor_id");`);
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_session_key_subject_id_index" on "audit_entry" ("session_key", "subject_id");`);

    this.addSql(`alter table "pupil" add "anonymised_on" varchar(10) null;`);

    this.addSql(`alter table "volunteer" add "anonymised_on" varchar(10) null;`);

    this.addSql(`alter table "breach_entry" add constraint "breach_entry_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);

    this.addSql(`alter table "privacy_setup" add constraint "privacy_setup_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);

    this.addSql(`alter table "retention_policy" add constraint "retention_policy_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "retention_policy" add constraint "retention_policy_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on delete set null;`);

    this.addSql(`alter table "subject_request_entry" add constraint "subject_request_entry_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "subject_request_entry" add constraint "subject_request_entry_subject_type_check" check ("subject_type" in ('pupil', 'familyMember', 'volunteer'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "job_lease" cascade;`);
    this.addSql(`drop table if exists "breach_entry" cascade;`);
    this.addSql(`drop table if exists "privacy_setup" cascade;`);
    this.addSql(`drop table if exists "retention_policy" cascade;`);
    this.addSql(`drop table if exists "retention_run" cascade;`);
    this.addSql(`drop table if exists "subject_request_entry" cascade;`);

    this.addSql(`drop index "audit_entry_actor_id_index";`);
    this.addSql(`drop index "audit_entry_at_index";`);
    this.addSql(`drop index "audit_entry_session_key_subject_id_index";`);
    this.addSql(`alter table "audit_entry" drop column "actor_role", drop column "session_key";`);

    this.addSql(`alter table "pupil" drop column "anonymised_on";`);

    this.addSql(`alter table "volunteer" drop column "anonymised_on";`);
  }

}
