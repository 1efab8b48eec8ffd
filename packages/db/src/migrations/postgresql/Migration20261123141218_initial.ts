import { Migration } from '@mikro-orm/migrations';

export class Migration20261123141218_initial extends Migration {

  override name = 'Migration20261123141218_initial';

  override up(): void | Promise<void> {
    this.addSql(`create table "organisation" ("id" varchar(36) not null, "name" varchar(200) not null, "created_at" timestamptz not null, primary key ("id"));`);

    this.addSql(`create table "calendar_feed" ("token_hash" varchar(64) not null, "organisation_id" varchar(36) not null, "subject_kind" varchar(20) not null, "subject_id" varchar(36) not null, "created_at" timestamptz not null, "revoked_at" timestamptz null, primary key ("token_hash"));`);
    this.addSql(`create index "calendar_feed_organisation_id_index" on "calendar_feed" ("organisation_id");`);
    this.addSql(`create index "calendar_feed_subject_id_index" on "calendar_feed" ("subject_id");`);

    this.addSql(`create table "audit_entry" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "actor_id" varchar(36) not null, "action" varchar(60) not null, "subject_type" varchar(40) not null, "subject_id" varchar(36) not null, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "audit_entry_organisation_id_index" on "audit_entry" ("organisation_id");`);
    this.addSql(`create index "audit_entry_subject_id_index" on "audit_entry" ("subject_id");`);

    this.addSql(`create table "outbox_message" ("id" varchar(36) not null, "organisation_id" varchar(36) null, "to" varchar(254) not null, "subject" varchar(300) not null, "text" text not null, "created_at" timestamptz not null, "sent_at" timestamptz null, "claimed_until" timestamptz null, "attempts" int not null default 0, "last_error" varchar(500) null, "dedupe_key" varchar(120) null, primary key ("id"));`);
    this.addSql(`create index "outbox_message_organisation_id_index" on "outbox_message" ("organisation_id");`);
    this.addSql(`create index "outbox_message_created_at_index" on "outbox_message" ("created_at");`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_dedupe_key_unique" unique ("dedupe_key");`);

    this.addSql(`create table "programme" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "name" varchar(200) not null, "template" varchar(40) not null, "settings" jsonb not null, "open_for_applications" boolean not null default true, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "programme_organisation_id_index" on "programme" ("organisation_id");`);

    this.addSql(`create table "preference_round" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "programme_id" varchar(36) not null, "volunteer_rankings" jsonb not null, "pupil_rankings" jsonb not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "preference_round_organisation_id_index" on "preference_round" ("organisation_id");`);
    this.addSql(`create index "preference_round_programme_id_index" on "preference_round" ("programme_id");`);

    this.addSql(`create table "intervision_meeting" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "programme_id" varchar(36) not null, "held_on" varchar(10) not null, "topic" varchar(200) not null, "notes" text not null, "created_by_id" varchar(36) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "intervision_meeting_organisation_id_index" on "intervision_meeting" ("organisation_id");`);
    this.addSql(`create index "intervision_meeting_programme_id_index" on "intervision_meeting" ("programme_id");`);
    this.addSql(`create index "intervision_meeting_held_on_index" on "intervision_meeting" ("held_on");`);

    this.addSql(`create table "school" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "name" varchar(200) not null, "city" varchar(120) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "school_organisation_id_index" on "school" ("organisation_id");`);

    this.addSql(`create table "pupil" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "programme_id" varchar(36) not null, "school_id" varchar(36) not null, "first_name" varchar(80) not null, "last_name" varchar(120) not null, "birth_date" varchar(10) not null, "school_year" varchar(40) not null, "vulnerability_reasons" jsonb not null, "vulnerability_note" text null, "help_request" text not null, "home_languages" jsonb not null, "postcode" varchar(7) not null, "nominated_by_id" varchar(36) not null, "nominated_on" varchar(10) not null, "closed_on" varchar(10) null, "needs" jsonb not null, "availability" jsonb not null, "gender_preference" varchar(10) null, "latitude" real null, "longitude" real null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "pupil_organisation_id_index" on "pupil" ("organisation_id");`);
    this.addSql(`create index "pupil_programme_id_index" on "pupil" ("programme_id");`);
    this.addSql(`create index "pupil_school_id_index" on "pupil" ("school_id");`);

    this.addSql(`create table "family_notification" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "pupil_id" varchar(36) not null, "notified_person_name" varchar(200) not null, "relationship" varchar(40) not null, "notified_on" varchar(10) not null, "notified_by_id" varchar(36) not null, "notified_by_role" varchar(20) not null, "channel" varchar(20) not null, "content_summary" text not null, "reason_parents_unreachable" text not null, "guardian_contact_attempts" jsonb not null, primary key ("id"));`);
    this.addSql(`create index "family_notification_organisation_id_index" on "family_notification" ("organisation_id");`);
    this.addSql(`create index "family_notification_pupil_id_index" on "family_notification" ("pupil_id");`);

    this.addSql(`create table "family_member" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "pupil_id" varchar(36) not null, "role" varchar(20) not null, "first_name" varchar(80) not null, "last_name" varchar(120) not null, "email" varchar(254) null, "phone" varchar(20) null, "preferred_language" varchar(5) not null, "reads_dutch" boolean not null, "has_parental_authority" boolean not null, "is_mentee" boolean not null default false, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "family_member_organisation_id_index" on "family_member" ("organisation_id");`);
    this.addSql(`create index "family_member_pupil_id_index" on "family_member" ("pupil_id");`);
    this.addSql(`create index "family_member_email_index" on "family_member" ("email");`);

    this.addSql(`create table "contact_attempt" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "pupil_id" varchar(36) not null, "family_member_id" varchar(36) not null, "on" varchar(10) not null, "channel" varchar(20) not null, "result" varchar(30) not null, "recorded_by_id" varchar(36) not null, primary key ("id"));`);
    this.addSql(`create index "contact_attempt_organisation_id_index" on "contact_attempt" ("organisation_id");`);
    this.addSql(`create index "contact_attempt_pupil_id_index" on "contact_attempt" ("pupil_id");`);

    this.addSql(`create table "consent" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "pupil_id" varchar(36) not null, "purpose" varchar(40) not null, "data_categories" jsonb not null, "recipients" jsonb not null, "giver_person_id" varchar(36) not null, "giver_role" varchar(30) not null, "legal_basis_giver" varchar(10) not null, "pupil_age_at_consent" int null, "authority_verification_method" varchar(40) null, "authority_verified_by" varchar(36) null, "authority_verified_on" varchar(10) null, "notice_version_id" varchar(80) not null, "notice_content_hash" varchar(128) not null, "notice_language" varchar(5) not null, "notice_child_friendly" boolean not null, "affirmative_action" boolean not null, "decision" varchar(10) not null, "decided_on" varchar(10) not null, "method" varchar(20) not null, "recorded_by_id" varchar(36) not null, "recorded_by_role" varchar(20) not null, "recorded_by_name" varchar(200) not null, "evidence" varchar(200) null, "status" varchar(12) not null, "withdrawn_on" varchar(10) null, "withdrawn_by_id" varchar(36) null, "withdrawn_by_role" varchar(20) null, "withdrawal_channel" varchar(20) null, "withdrawal_reason" varchar(500) null, "reconfirmation_due_on" varchar(10) null, "supersedes_consent_id" varchar(36) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "consent_organisation_id_index" on "consent" ("organisation_id");`);
    this.addSql(`create index "consent_pupil_id_index" on "consent" ("pupil_id");`);

    this.addSql(`create table "case_note" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "pupil_id" varchar(36) not null, "author_id" varchar(36) not null, "author_name" varchar(200) not null, "text" text not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "case_note_organisation_id_index" on "case_note" ("organisation_id");`);
    this.addSql(`create index "case_note_pupil_id_index" on "case_note" ("pupil_id");`);

    this.addSql(`create table "session" ("token_hash" varchar(64) not null, "subject_kind" text not null, "subject_id" varchar(36) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, primary key ("token_hash"));`);
    this.addSql(`create index "session_subject_id_index" on "session" ("subject_id");`);

    this.addSql(`create table "staff_member" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "school_id" varchar(36) null, "name" varchar(200) not null, "email" varchar(254) not null, "password_hash" varchar(200) null, "role" text not null default 'coordinator', "active" boolean not null default true, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "staff_member_organisation_id_index" on "staff_member" ("organisation_id");`);
    this.addSql(`create index "staff_member_school_id_index" on "staff_member" ("school_id");`);
    this.addSql(`alter table "staff_member" add constraint "staff_member_email_unique" unique ("email");`);

    this.addSql(`create table "password_token" ("token_hash" varchar(64) not null, "staff_member_id" varchar(36) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, primary key ("token_hash"));`);
    this.addSql(`create index "password_token_staff_member_id_index" on "password_token" ("staff_member_id");`);

    this.addSql(`create table "volunteer" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "programme_id" varchar(36) not null, "first_name" varchar(80) not null, "last_name" varchar(120) not null, "email" varchar(254) not null, "email_normalised" varchar(254) not null, "phone" varchar(20) not null, "postcode" varchar(7) not null, "birth_date" varchar(10) not null, "languages" jsonb not null, "availability" jsonb not null, "motivation" text not null, "channel" varchar(30) not null, "employer" varchar(160) null, "privacy_text_version" varchar(40) not null, "privacy_consent_at" timestamptz not null, "locale" varchar(5) not null, "applied_on" varchar(10) not null, "created_at" timestamptz not null, "status_token_hash" varchar(64) not null, "interview_held_on" varchar(10) null, "interviewer" varchar(120) null, "interview_notes" text null, "interview_outcome" varchar(20) null, "vog_requested_on" varchar(10) null, "vog_seen_by" varchar(200) null, "vog_seen_on" varchar(10) null, "vog_issue_date" varchar(10) null, "vog_screening_aspects" jsonb null, "vog_justis_reference" varchar(60) null, "vog_result" varchar(20) null, "code_of_conduct_signed_on" varchar(10) null, "code_of_conduct_version" varchar(40) null, "training_completed_on" varchar(10) null, "decision_kind" varchar(20) null, "decision_reason" text null, "decided_on" varchar(10) null, "revoked_on" varchar(10) null, "gender" varchar(10) not null, "skills" jsonb not null, "capacity" int not null default 1, "latitude" real null, "longitude" real null, "suspended" boolean not null default false, primary key ("id"));`);
    this.addSql(`create index "volunteer_organisation_id_index" on "volunteer" ("organisation_id");`);
    this.addSql(`create index "volunteer_programme_id_index" on "volunteer" ("programme_id");`);
    this.addSql(`alter table "volunteer" add constraint "volunteer_status_token_hash_unique" unique ("status_token_hash");`);
    this.addSql(`alter table "volunteer" add constraint "volunteer_programme_id_email_normalised_unique" unique ("programme_id", "email_normalised");`);

    this.addSql(`create table "reference_check" ("id" varchar(36) not null, "volunteer_id" varchar(36) not null, "checked_on" varchar(10) not null, "referee_name" varchar(120) not null, "outcome" varchar(20) not null, "recorded_by" varchar(36) not null, primary key ("id"));`);
    this.addSql(`create index "reference_check_volunteer_id_index" on "reference_check" ("volunteer_id");`);

    this.addSql(`create table "portal_login_code" ("id" varchar(36) not null, "family_member_id" varchar(36) null, "volunteer_id" varchar(36) null, "code_hash" varchar(64) not null, "link_token_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "failed_attempts" int not null default 0, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "portal_login_code_family_member_id_index" on "portal_login_code" ("family_member_id");`);
    this.addSql(`create index "portal_login_code_volunteer_id_index" on "portal_login_code" ("volunteer_id");`);
    this.addSql(`alter table "portal_login_code" add constraint "portal_login_code_link_token_hash_unique" unique ("link_token_hash");`);

    this.addSql(`create table "match" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "programme_id" varchar(36) not null, "volunteer_id" varchar(36) not null, "pupil_id" varchar(36) not null, "source" varchar(20) not null, "manual_reason" text null, "score" real null, "score_parts" jsonb null, "proposed_on" varchar(10) not null, "proposed_by_id" varchar(36) not null, "introduction" jsonb null, "agreements" jsonb not null, "signatures" jsonb not null, "contract_completed_on" varchar(10) null, "weekly_time" jsonb null, "warm_handover" jsonb null, "started_on" varchar(10) null, "getting_to_know_until" varchar(10) null, "confirmation" jsonb null, "decline" jsonb null, "end" jsonb null, "declined_on" varchar(10) null, "ended_on" varchar(10) null, "closure" jsonb null, "schedule_exceptions" jsonb not null, "version" int not null default 1, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "match_organisation_id_index" on "match" ("organisation_id");`);
    this.addSql(`create index "match_programme_id_index" on "match" ("programme_id");`);
    this.addSql(`create index "match_volunteer_id_index" on "match" ("volunteer_id");`);
    this.addSql(`create index "match_pupil_id_index" on "match" ("pupil_id");`);
    this.addSql(`create index "match_started_on_index" on "match" ("started_on");`);

    this.addSql(`create table "meeting_log" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "match_id" varchar(36) not null, "date" varchar(10) not null, "form" varchar(20) not null, "duration_minutes" int not null, "what_we_did" text not null, "went_well" boolean null, "next_steps" text not null, "challenge" text null, "wants_to_talk_to_coordinator" boolean not null, "planned_for" varchar(10) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "meeting_log_organisation_id_index" on "meeting_log" ("organisation_id");`);
    this.addSql(`create index "meeting_log_match_id_index" on "meeting_log" ("match_id");`);
    this.addSql(`create index "meeting_log_date_index" on "meeting_log" ("date");`);

    this.addSql(`create table "expense" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "match_id" varchar(36) not null, "spent_on" varchar(10) not null, "amount_cents" int not null, "description" varchar(300) not null, "agreed_with_family" boolean not null, "recorded_by_id" varchar(36) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "expense_organisation_id_index" on "expense" ("organisation_id");`);
    this.addSql(`create index "expense_match_id_index" on "expense" ("match_id");`);

    this.addSql(`create table "check_in" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "match_id" varchar(36) not null, "on" varchar(10) not null, "with_whom" varchar(20) not null, "how" varchar(20) not null, "notes" text not null, "by_id" varchar(36) not null, "by_name" varchar(200) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "check_in_organisation_id_index" on "check_in" ("organisation_id");`);
    this.addSql(`create index "check_in_match_id_index" on "check_in" ("match_id");`);
    this.addSql(`create index "check_in_on_index" on "check_in" ("on");`);

    this.addSql(`create table "intervision_attendance" ("id" varchar(36) not null, "meeting_id" varchar(36) not null, "volunteer_id" varchar(36) not null, "present" boolean not null, primary key ("id"));`);
    this.addSql(`create index "intervision_attendance_meeting_id_index" on "intervision_attendance" ("meeting_id");`);
    this.addSql(`create index "intervision_attendance_volunteer_id_index" on "intervision_attendance" ("volunteer_id");`);
    this.addSql(`alter table "intervision_attendance" add constraint "intervision_attendance_meeting_id_volunteer_id_unique" unique ("meeting_id", "volunteer_id");`);

    this.addSql(`create table "allowance_payment" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "volunteer_id" varchar(36) not null, "for_month" varchar(7) not null, "paid_on" varchar(10) not null, "amount_cents" int not null, "recorded_by_id" varchar(36) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "allowance_payment_organisation_id_index" on "allowance_payment" ("organisation_id");`);
    this.addSql(`create index "allowance_payment_volunteer_id_index" on "allowance_payment" ("volunteer_id");`);

    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);

    this.addSql(`alter table "audit_entry" add constraint "audit_entry_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);

    this.addSql(`alter table "outbox_message" add constraint "outbox_message_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete set null;`);

    this.addSql(`alter table "programme" add constraint "programme_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);

    this.addSql(`alter table "preference_round" add constraint "preference_round_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "preference_round" add constraint "preference_round_programme_id_foreign" foreign key ("programme_id") references "programme" ("id");`);

    this.addSql(`alter table "intervision_meeting" add constraint "intervision_meeting_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "intervision_meeting" add constraint "intervision_meeting_programme_id_foreign" foreign key ("programme_id") references "programme" ("id");`);

    this.addSql(`alter table "school" add constraint "school_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);

    this.addSql(`alter table "pupil" add constraint "pupil_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "pupil" add constraint "pupil_programme_id_foreign" foreign key ("programme_id") references "programme" ("id");`);
    this.addSql(`alter table "pupil" add constraint "pupil_school_id_foreign" foreign key ("school_id") references "school" ("id");`);

    this.addSql(`alter table "family_notification" add constraint "family_notification_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "family_notification" add constraint "family_notification_pupil_id_foreign" foreign key ("pupil_id") references "pupil" ("id") on delete cascade;`);

    this.addSql(`alter table "family_member" add constraint "family_member_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "family_member" add constraint "family_member_pupil_id_foreign" foreign key ("pupil_id") references "pupil" ("id") on delete cascade;`);

    this.addSql(`alter table "contact_attempt" add constraint "contact_attempt_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "contact_attempt" add constraint "contact_attempt_pupil_id_foreign" foreign key ("pupil_id") references "pupil" ("id") on delete cascade;`);
    this.addSql(`alter table "contact_attempt" add constraint "contact_attempt_family_member_id_foreign" foreign key ("family_member_id") references "family_member" ("id") on delete cascade;`);

    this.addSql(`alter table "consent" add constraint "consent_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "consent" add constraint "consent_pupil_id_foreign" foreign key ("pupil_id") references "pupil" ("id") on delete cascade;`);

    this.addSql(`alter table "case_note" add constraint "case_note_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "case_note" add constraint "case_note_pupil_id_foreign" foreign key ("pupil_id") references "pupil" ("id") on delete cascade;`);

    this.addSql(`alter table "session" add constraint "session_subject_kind_check" check ("subject_kind" in ('staff', 'family', 'volunteer'));`);

    this.addSql(`alter table "staff_member" add constraint "staff_member_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "staff_member" add constraint "staff_member_school_id_foreign" foreign key ("school_id") references "school" ("id") on delete set null;`);
    this.addSql(`alter table "staff_member" add constraint "staff_member_role_check" check ("role" in ('coordinator', 'admin', 'schoolMentor'));`);

    this.addSql(`alter table "password_token" add constraint "password_token_staff_member_id_foreign" foreign key ("staff_member_id") references "staff_member" ("id") on delete cascade;`);

    this.addSql(`alter table "volunteer" add constraint "volunteer_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "volunteer" add constraint "volunteer_programme_id_foreign" foreign key ("programme_id") references "programme" ("id");`);

    this.addSql(`alter table "reference_check" add constraint "reference_check_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on delete cascade;`);

    this.addSql(`alter table "portal_login_code" add constraint "portal_login_code_family_member_id_foreign" foreign key ("family_member_id") references "family_member" ("id") on delete cascade;`);
    this.addSql(`alter table "portal_login_code" add constraint "portal_login_code_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on delete cascade;`);

    this.addSql(`alter table "match" add constraint "match_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "match" add constraint "match_programme_id_foreign" foreign key ("programme_id") references "programme" ("id");`);
    this.addSql(`alter table "match" add constraint "match_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id");`);
    this.addSql(`alter table "match" add constraint "match_pupil_id_foreign" foreign key ("pupil_id") references "pupil" ("id");`);

    this.addSql(`alter table "meeting_log" add constraint "meeting_log_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "meeting_log" add constraint "meeting_log_match_id_foreign" foreign key ("match_id") references "match" ("id");`);

    this.addSql(`alter table "expense" add constraint "expense_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "expense" add constraint "expense_match_id_foreign" foreign key ("match_id") references "match" ("id");`);

    this.addSql(`alter table "check_in" add constraint "check_in_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "check_in" add constraint "check_in_match_id_foreign" foreign key ("match_id") references "match" ("id");`);

    this.addSql(`alter table "intervision_attendance" add constraint "intervision_attendance_meeting_id_foreign" foreign key ("meeting_id") references "intervision_meeting" ("id") on delete cascade;`);
    this.addSql(`alter table "intervision_attendance" add constraint "intervision_attendance_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id");`);

    this.addSql(`alter table "allowance_payment" add constraint "allowance_payment_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "allowance_payment" add constraint "allowance_payment_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "calendar_feed" drop constraint "calendar_feed_organisation_id_foreign";`);
    this.addSql(`alter table "audit_entry" drop constraint "audit_entry_organisation_id_foreign";`);
    this.addSql(`alter table "outbox_message" drop constraint "outbox_message_organisation_id_foreign";`);
    this.addSql(`alter table "programme" drop constraint "programme_organisation_id_foreign";`);
    this.addSql(`alter table "preference_round" drop constraint "preference_round_organisation_id_foreign";`);
    this.addSql(`alter table "intervision_meeting" drop constraint "intervision_meeting_organisation_id_foreign";`);
    this.addSql(`alter table "school" drop constraint "school_organisation_id_foreign";`);
    this.addSql(`alter table "pupil" drop constraint "pupil_organisation_id_foreign";`);
    this.addSql(`alter table "family_notification" drop constraint "family_notification_organisation_id_foreign";`);
    this.addSql(`alter table "family_member" drop constraint "family_member_organisation_id_foreign";`);
    this.addSql(`alter table "contact_attempt" drop constraint "contact_attempt_organisation_id_foreign";`);
    this.addSql(`alter table "consent" drop constraint "consent_organisation_id_foreign";`);
    this.addSql(`alter table "case_note" drop constraint "case_note_organisation_id_foreign";`);
    this.addSql(`alter table "staff_member" drop constraint "staff_member_organisation_id_foreign";`);
    this.addSql(`alter table "volunteer" drop constraint "volunteer_organisation_id_foreign";`);
    this.addSql(`alter table "match" drop constraint "match_organisation_id_foreign";`);
    this.addSql(`alter table "meeting_log" drop constraint "meeting_log_organisation_id_foreign";`);
    this.addSql(`alter table "expense" drop constraint "expense_organisation_id_foreign";`);
    this.addSql(`alter table "check_in" drop constraint "check_in_organisation_id_foreign";`);
    this.addSql(`alter table "allowance_payment" drop constraint "allowance_payment_organisation_id_foreign";`);
    this.addSql(`alter table "preference_round" drop constraint "preference_round_programme_id_foreign";`);
    this.addSql(`alter table "intervision_meeting" drop constraint "intervision_meeting_programme_id_foreign";`);
    this.addSql(`alter table "pupil" drop constraint "pupil_programme_id_foreign";`);
    this.addSql(`alter table "volunteer" drop constraint "volunteer_programme_id_foreign";`);
    this.addSql(`alter table "match" drop constraint "match_programme_id_foreign";`);
    this.addSql(`alter table "intervision_attendance" drop constraint "intervision_attendance_meeting_id_foreign";`);
    this.addSql(`alter table "pupil" drop constraint "pupil_school_id_foreign";`);
    this.addSql(`alter table "staff_member" drop constraint "staff_member_school_id_foreign";`);
    this.addSql(`alter table "family_notification" drop constraint "family_notification_pupil_id_foreign";`);
    this.addSql(`alter table "family_member" drop constraint "family_member_pupil_id_foreign";`);
    this.addSql(`alter table "contact_attempt" drop constraint "contact_attempt_pupil_id_foreign";`);
    this.addSql(`alter table "consent" drop constraint "consent_pupil_id_foreign";`);
    this.addSql(`alter table "case_note" drop constraint "case_note_pupil_id_foreign";`);
    this.addSql(`alter table "match" drop constraint "match_pupil_id_foreign";`);
    this.addSql(`alter table "contact_attempt" drop constraint "contact_attempt_family_member_id_foreign";`);
    this.addSql(`alter table "portal_login_code" drop constraint "portal_login_code_family_member_id_foreign";`);
    this.addSql(`alter table "password_token" drop constraint "password_token_staff_member_id_foreign";`);
    this.addSql(`alter table "reference_check" drop constraint "reference_check_volunteer_id_foreign";`);
    this.addSql(`alter table "portal_login_code" drop constraint "portal_login_code_volunteer_id_foreign";`);
    this.addSql(`alter table "match" drop constraint "match_volunteer_id_foreign";`);
    this.addSql(`alter table "intervision_attendance" drop constraint "intervision_attendance_volunteer_id_foreign";`);
    this.addSql(`alter table "allowance_payment" drop constraint "allowance_payment_volunteer_id_foreign";`);
    this.addSql(`alter table "meeting_log" drop constraint "meeting_log_match_id_foreign";`);
    this.addSql(`alter table "expense" drop constraint "expense_match_id_foreign";`);
    this.addSql(`alter table "check_in" drop constraint "check_in_match_id_foreign";`);

    this.addSql(`drop table if exists "organisation" cascade;`);
    this.addSql(`drop table if exists "calendar_feed" cascade;`);
    this.addSql(`drop table if exists "audit_entry" cascade;`);
    this.addSql(`drop table if exists "outbox_message" cascade;`);
    this.addSql(`drop table if exists "programme" cascade;`);
    this.addSql(`drop table if exists "preference_round" cascade;`);
    this.addSql(`drop table if exists "intervision_meeting" cascade;`);
    this.addSql(`drop table if exists "school" cascade;`);
    this.addSql(`drop table if exists "pupil" cascade;`);
    this.addSql(`drop table if exists "family_notification" cascade;`);
    this.addSql(`drop table if exists "family_member" cascade;`);
    this.addSql(`drop table if exists "contact_attempt" cascade;`);
    this.addSql(`drop table if exists "consent" cascade;`);
    this.addSql(`drop table if exists "case_note" cascade;`);
    this.addSql(`drop table if exists "session" cascade;`);
    this.addSql(`drop table if exists "staff_member" cascade;`);
    this.addSql(`drop table if exists "password_token" cascade;`);
    this.addSql(`drop table if exists "volunteer" cascade;`);
    this.addSql(`drop table if exists "reference_check" cascade;`);
    this.addSql(`drop table if exists "portal_login_code" cascade;`);
    this.addSql(`drop table if exists "match" cascade;`);
    this.addSql(`drop table if exists "meeting_log" cascade;`);
    this.addSql(`drop table if exists "expense" cascade;`);
    this.addSql(`drop table if exists "check_in" cascade;`);
    this.addSql(`drop table if exists "intervision_attendance" cascade;`);
    this.addSql(`drop table if exists "allowance_payment" cascade;`);
  }

}
