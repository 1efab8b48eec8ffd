import { Migration } from '@mikro-orm/migrations';

export class Migration20261123122137_initial extends Migration {

  override name = 'Migration20261123122137_initial';

  override up(): void | Promise<void> {
    this.addSql(`create table "organisation" ("id" varchar(36) not null, "name" varchar(200) not null, "created_at" timestamptz not null, primary key ("id"));`);

    this.addSql(`create table "coordinator" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "name" varchar(200) not null, "email" varchar(254) not null, "password_hash" varchar(200) not null, "role" text not null default 'coordinator', "active" boolean not null default true, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "coordinator_organisation_id_index" on "coordinator" ("organisation_id");`);
    this.addSql(`alter table "coordinator" add constraint "coordinator_email_unique" unique ("email");`);

    this.addSql(`create table "audit_entry" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "actor_id" varchar(36) not null, "action" varchar(60) not null, "subject_type" varchar(40) not null, "subject_id" varchar(36) not null, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "audit_entry_organisation_id_index" on "audit_entry" ("organisation_id");`);
    this.addSql(`create index "audit_entry_subject_id_index" on "audit_entry" ("subject_id");`);

    this.addSql(`create table "outbox_message" ("id" varchar(36) not null, "organisation_id" varchar(36) null, "to" varchar(254) not null, "subject" varchar(300) not null, "text" text not null, "created_at" timestamptz not null, "sent_at" timestamptz null, "claimed_until" timestamptz null, "attempts" int not null default 0, "last_error" varchar(500) null, primary key ("id"));`);
    this.addSql(`create index "outbox_message_organisation_id_index" on "outbox_message" ("organisation_id");`);
    this.addSql(`create index "outbox_message_created_at_index" on "outbox_message" ("created_at");`);

    this.addSql(`create table "programme" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "name" varchar(200) not null, "template" varchar(40) not null, "screening_policy" jsonb not null, "open_for_applications" boolean not null default true, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "programme_organisation_id_index" on "programme" ("organisation_id");`);

    this.addSql(`create table "session" ("token_hash" varchar(64) not null, "coordinator_id" varchar(36) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, primary key ("token_hash"));`);
    this.addSql(`create index "session_coordinator_id_index" on "session" ("coordinator_id");`);

    this.addSql(`create table "volunteer" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "programme_id" varchar(36) not null, "first_name" varchar(80) not null, "last_name" varchar(120) not null, "email" varchar(254) not null, "email_normalised" varchar(254) not null, "phone" varchar(20) not null, "postcode" varchar(7) not null, "birth_date" varchar(10) not null, "languages" jsonb not null, "availability" jsonb not null, "motivation" text not null, "channel" varchar(30) not null, "employer" varchar(160) null, "privacy_text_version" varchar(40) not null, "privacy_consent_at" timestamptz not null, "locale" varchar(5) not null, "applied_on" varchar(10) not null, "created_at" timestamptz not null, "status_token_hash" varchar(64) not null, "interview_held_on" varchar(10) null, "interviewer" varchar(120) null, "interview_notes" text null, "interview_outcome" varchar(20) null, "vog_requested_on" varchar(10) null, "vog_seen_by" varchar(200) null, "vog_seen_on" varchar(10) null, "vog_issue_date" varchar(10) null, "vog_screening_aspects" jsonb null, "vog_justis_reference" varchar(60) null, "vog_result" varchar(20) null, "code_of_conduct_signed_on" varchar(10) null, "code_of_conduct_version" varchar(40) null, "training_completed_on" varchar(10) null, "decision_kind" varchar(20) null, "decision_reason" text null, "decided_on" varchar(10) null, "revoked_on" varchar(10) null, primary key ("id"));`);
    this.addSql(`create index "volunteer_organisation_id_index" on "volunteer" ("organisation_id");`);
    this.addSql(`create index "volunteer_programme_id_index" on "volunteer" ("programme_id");`);
    this.addSql(`alter table "volunteer" add constraint "volunteer_status_token_hash_unique" unique ("status_token_hash");`);
    this.addSql(`alter table "volunteer" add constraint "volunteer_programme_id_email_normalised_unique" unique ("programme_id", "email_normalised");`);

    this.addSql(`create table "reference_check" ("id" varchar(36) not null, "volunteer_id" varchar(36) not null, "checked_on" varchar(10) not null, "referee_name" varchar(120) not null, "outcome" varchar(20) not null, "recorded_by" varchar(36) not null, primary key ("id"));`);
    this.addSql(`create index "reference_check_volunteer_id_index" on "reference_check" ("volunteer_id");`);

    this.addSql(`alter table "coordinator" add constraint "coordinator_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "coordinator" add constraint "coordinator_role_check" check ("role" in ('coordinator', 'admin'));`);

    this.addSql(`alter table "audit_entry" add constraint "audit_entry_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);

    this.addSql(`alter table "outbox_message" add constraint "outbox_message_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete set null;`);

    this.addSql(`alter table "programme" add constraint "programme_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);

    this.addSql(`alter table "session" add constraint "session_coordinator_id_foreign" foreign key ("coordinator_id") references "coordinator" ("id") on delete cascade;`);

    this.addSql(`alter table "volunteer" add constraint "volunteer_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "volunteer" add constraint "volunteer_programme_id_foreign" foreign key ("programme_id") references "programme" ("id");`);

    this.addSql(`alter table "reference_check" add constraint "reference_check_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "coordinator" drop constraint "coordinator_organisation_id_foreign";`);
    this.addSql(`alter table "audit_entry" drop constraint "audit_entry_organisation_id_foreign";`);
    this.addSql(`alter table "outbox_message" drop constraint "outbox_message_organisation_id_foreign";`);
    this.addSql(`alter table "programme" drop constraint "programme_organisation_id_foreign";`);
    this.addSql(`alter table "volunteer" drop constraint "volunteer_organisation_id_foreign";`);
    this.addSql(`alter table "session" drop constraint "session_coordinator_id_foreign";`);
    this.addSql(`alter table "volunteer" drop constraint "volunteer_programme_id_foreign";`);
    this.addSql(`alter table "reference_check" drop constraint "reference_check_volunteer_id_foreign";`);

    this.addSql(`drop table if exists "organisation" cascade;`);
    this.addSql(`drop table if exists "coordinator" cascade;`);
    this.addSql(`drop table if exists "audit_entry" cascade;`);
    this.addSql(`drop table if exists "outbox_message" cascade;`);
    this.addSql(`drop table if exists "programme" cascade;`);
    this.addSql(`drop table if exists "session" cascade;`);
    this.addSql(`drop table if exists "volunteer" cascade;`);
    this.addSql(`drop table if exists "reference_check" cascade;`);
  }

}
