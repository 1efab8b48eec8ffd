import { Migration } from '@mikro-orm/migrations';

export class Migration20261123141218_initial extends Migration {

  override name = 'Migration20261123141218_initial';

  override up(): void | Promise<void> {
    this.addSql(`create table \`organisation\` (\`id\` text not null primary key, \`name\` text not null, \`created_at\` datetime not null);`);

    this.addSql(`create table \`calendar_feed\` (\`token_hash\` text not null primary key, \`organisation_id\` text not null, \`subject_kind\` text not null, \`subject_id\` text not null, \`created_at\` datetime not null, \`revoked_at\` datetime null, constraint \`calendar_feed_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`));`);
    this.addSql(`create index \`calendar_feed_organisation_id_index\` on \`calendar_feed\` (\`organisation_id\`);`);
    this.addSql(`create index \`calendar_feed_subject_id_index\` on \`calendar_feed\` (\`subject_id\`);`);

    this.addSql(`create table \`audit_entry\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`actor_id\` text not null, \`action\` text not null, \`subject_type\` text not null, \`subject_id\` text not null, \`at\` datetime not null, constraint \`audit_entry_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`));`);
    this.addSql(`create index \`audit_entry_organisation_id_index\` on \`audit_entry\` (\`organisation_id\`);`);
    this.addSql(`create index \`audit_entry_subject_id_index\` on \`audit_entry\` (\`subject_id\`);`);

    this.addSql(`create table \`outbox_message\` (\`id\` text not null primary key, \`organisation_id\` text null, \`to\` text not null, \`subject\` text not null, \`text\` text not null, \`created_at\` datetime not null, \`sent_at\` datetime null, \`claimed_until\` datetime null, \`attempts\` integer not null default 0, \`last_error\` text null, \`dedupe_key\` text null, constraint \`outbox_message_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`) on delete set null);`);
    this.addSql(`create index \`outbox_message_organisation_id_index\` on \`outbox_message\` (\`organisation_id\`);`);
    this.addSql(`create index \`outbox_message_created_at_index\` on \`outbox_message\` (\`created_at\`);`);
    this.addSql(`create unique index \`outbox_message_dedupe_key_unique\` on \`outbox_message\` (\`dedupe_key\`);`);

    this.addSql(`create table \`programme\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`name\` text not null, \`template\` text not null, \`settings\` json not null, \`open_for_applications\` integer not null default true, \`created_at\` datetime not null, constraint \`programme_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`));`);
    this.addSql(`create index \`programme_organisation_id_index\` on \`programme\` (\`organisation_id\`);`);

    this.addSql(`create table \`preference_round\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`programme_id\` text not null, \`volunteer_rankings\` json not null, \`pupil_rankings\` json not null, \`updated_at\` datetime not null, constraint \`preference_round_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`), constraint \`preference_round_programme_id_foreign\` foreign key (\`programme_id\`) references \`programme\` (\`id\`));`);
    this.addSql(`create index \`preference_round_organisation_id_index\` on \`preference_round\` (\`organisation_id\`);`);
    this.addSql(`create index \`preference_round_programme_id_index\` on \`preference_round\` (\`programme_id\`);`);

    this.addSql(`create table \`intervision_meeting\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`programme_id\` text not null, \`held_on\` text not null, \`topic\` text not null, \`notes\` text not null, \`created_by_id\` text not null, \`created_at\` datetime not null, constraint \`intervision_meeting_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`), constraint \`intervision_meeting_programme_id_foreign\` foreign key (\`programme_id\`) references \`programme\` (\`id\`));`);
    this.addSql(`create index \`intervision_meeting_organisation_id_index\` on \`intervision_meeting\` (\`organisation_id\`);`);
    this.addSql(`create index \`intervision_meeting_programme_id_index\` on \`intervision_meeting\` (\`programme_id\`);`);
    this.addSql(`create index \`intervision_meeting_held_on_index\` on \`intervision_meeting\` (\`held_on\`);`);

    this.addSql(`create table \`school\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`name\` text not null, \`city\` text not null, \`created_at\` datetime not null, constraint \`school_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`));`);
    this.addSql(`create index \`school_organisation_id_index\` on \`school\` (\`organisation_id\`);`);

    this.addSql(`create table \`pupil\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`programme_id\` text not null, \`school_id\` text not null, \`first_name\` text not null, \`last_name\` text not null, \`birth_date\` text not null, \`school_year\` text not null, \`vulnerability_reasons\` json not null, \`vulnerability_note\` text null, \`help_request\` text not null, \`home_languages\` json not null, \`postcode\` text not null, \`nominated_by_id\` text not null, \`nominated_on\` text not null, \`closed_on\` text null, \`needs\` json not null, \`availability\` json not null, \`gender_preference\` text null, \`latitude\` real null, \`longitude\` real null, \`created_at\` datetime not null, constraint \`pupil_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`), constraint \`pupil_programme_id_foreign\` foreign key (\`programme_id\`) references \`programme\` (\`id\`), constraint \`pupil_school_id_foreign\` foreign key (\`school_id\`) references \`school\` (\`id\`));`);
    this.addSql(`create index \`pupil_organisation_id_index\` on \`pupil\` (\`organisation_id\`);`);
    this.addSql(`create index \`pupil_programme_id_index\` on \`pupil\` (\`programme_id\`);`);
    this.addSql(`create index \`pupil_school_id_index\` on \`pupil\` (\`school_id\`);`);

    this.addSql(`create table \`family_notification\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`pupil_id\` text not null, \`notified_person_name\` text not null, \`relationship\` text not null, \`notified_on\` text not null, \`notified_by_id\` text not null, \`notified_by_role\` text not null, \`channel\` text not null, \`content_summary\` text not null, \`reason_parents_unreachable\` text not null, \`guardian_contact_attempts\` json not null, constraint \`family_notification_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`), constraint \`family_notification_pupil_id_foreign\` foreign key (\`pupil_id\`) references \`pupil\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`family_notification_organisation_id_index\` on \`family_notification\` (\`organisation_id\`);`);
    this.addSql(`create index \`family_notification_pupil_id_index\` on \`family_notification\` (\`pupil_id\`);`);

    this.addSql(`create table \`family_member\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`pupil_id\` text not null, \`role\` text not null, \`first_name\` text not null, \`last_name\` text not null, \`email\` text null, \`phone\` text null, \`preferred_language\` text not null, \`reads_dutch\` integer not null, \`has_parental_authority\` integer not null, \`is_mentee\` integer not null default false, \`created_at\` datetime not null, constraint \`family_member_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`), constraint \`family_member_pupil_id_foreign\` foreign key (\`pupil_id\`) references \`pupil\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`family_member_organisation_id_index\` on \`family_member\` (\`organisation_id\`);`);
    this.addSql(`create index \`family_member_pupil_id_index\` on \`family_member\` (\`pupil_id\`);`);
    this.addSql(`create index \`family_member_email_index\` on \`family_member\` (\`email\`);`);

    this.addSql(`create table \`contact_attempt\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`pupil_id\` text not null, \`family_member_id\` text not null, \`on\` text not null, \`channel\` text not null, \`result\` text not null, \`recorded_by_id\` text not null, constraint \`contact_attempt_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`), constraint \`contact_attempt_pupil_id_foreign\` foreign key (\`pupil_id\`) references \`pupil\` (\`id\`) on delete cascade, constraint \`contact_attempt_family_member_id_foreign\` foreign key (\`family_member_id\`) references \`family_member\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`contact_attempt_organisation_id_index\` on \`contact_attempt\` (\`organisation_id\`);`);
    this.addSql(`create index \`contact_attempt_pupil_id_index\` on \`contact_attempt\` (\`pupil_id\`);`);
    this.addSql(`create index \`contact_attempt_family_member_id_index\` on \`contact_attempt\` (\`family_member_id\`);`);

    this.addSql(`create table \`consent\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`pupil_id\` text not null, \`purpose\` text not null, \`data_categories\` json not null, \`recipients\` json not null, \`giver_person_id\` text not null, \`giver_role\` text not null, \`legal_basis_giver\` text not null, \`pupil_age_at_consent\` integer null, \`authority_verification_method\` text null, \`authority_verified_by\` text null, \`authority_verified_on\` text null, \`notice_version_id\` text not null, \`notice_content_hash\` text not null, \`notice_language\` text not null, \`notice_child_friendly\` integer not null, \`affirmative_action\` integer not null, \`decision\` text not null, \`decided_on\` text not null, \`method\` text not null, \`recorded_by_id\` text not null, \`recorded_by_role\` text not null, \`recorded_by_name\` text not null, \`evidence\` text null, \`status\` text not null, \`withdrawn_on\` text null, \`withdrawn_by_id\` text null, \`withdrawn_by_role\` text null, \`withdrawal_channel\` text null, \`withdrawal_reason\` text null, \`reconfirmation_due_on\` text null, \`supersedes_consent_id\` text null, \`created_at\` datetime not null, constraint \`consent_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`), constraint \`consent_pupil_id_foreign\` foreign key (\`pupil_id\`) references \`pupil\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`consent_organisation_id_index\` on \`consent\` (\`organisation_id\`);`);
    this.addSql(`create index \`consent_pupil_id_index\` on \`consent\` (\`pupil_id\`);`);

    this.addSql(`create table \`case_note\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`pupil_id\` text not null, \`author_id\` text not null, \`author_name\` text not null, \`text\` text not null, \`created_at\` datetime not null, constraint \`case_note_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`), constraint \`case_note_pupil_id_foreign\` foreign key (\`pupil_id\`) references \`pupil\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`case_note_organisation_id_index\` on \`case_note\` (\`organisation_id\`);`);
    this.addSql(`create index \`case_note_pupil_id_index\` on \`case_note\` (\`pupil_id\`);`);

    this.addSql(`create table \`session\` (\`token_hash\` text not null primary key, \`subject_kind\` text check (\`subject_kind\` in ('staff', 'family', 'volunteer')) not null, \`subject_id\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime not null);`);
    this.addSql(`create index \`session_subject_id_index\` on \`session\` (\`subject_id\`);`);

    this.addSql(`create table \`staff_member\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`school_id\` text null, \`name\` text not null, \`email\` text not null, \`password_hash\` text null, \`role\` text check (\`role\` in ('coordinator', 'admin', 'schoolMentor')) not null default 'coordinator', \`active\` integer not null default true, \`created_at\` datetime not null, constraint \`staff_member_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`), constraint \`staff_member_school_id_foreign\` foreign key (\`school_id\`) references \`school\` (\`id\`) on delete set null);`);
    this.addSql(`create index \`staff_member_organisation_id_index\` on \`staff_member\` (\`organisation_id\`);`);
    this.addSql(`create index \`staff_member_school_id_index\` on \`staff_member\` (\`school_id\`);`);
    this.addSql(`create unique index \`staff_member_email_unique\` on \`staff_member\` (\`email\`);`);

    this.addSql(`create table \`password_token\` (\`token_hash\` text not null primary key, \`staff_member_id\` text not null, \`expires_at\` datetime not null, \`used_at\` datetime null, constraint \`password_token_staff_member_id_foreign\` foreign key (\`staff_member_id\`) references \`staff_member\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`password_token_staff_member_id_index\` on \`password_token\` (\`staff_member_id\`);`);

    this.addSql(`create table \`volunteer\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`programme_id\` text not null, \`first_name\` text not null, \`last_name\` text not null, \`email\` text not null, \`email_normalised\` text not null, \`phone\` text not null, \`postcode\` text not null, \`birth_date\` text not null, \`languages\` json not null, \`availability\` json not null, \`motivation\` text not null, \`channel\` text not null, \`employer\` text null, \`privacy_text_version\` text not null, \`privacy_consent_at\` datetime not null, \`locale\` text not null, \`applied_on\` text not null, \`created_at\` datetime not null, \`status_token_hash\` text not null, \`interview_held_on\` text null, \`interviewer\` text null, \`interview_notes\` text null, \`interview_outcome\` text null, \`vog_requested_on\` text null, \`vog_seen_by\` text null, \`vog_seen_on\` text null, \`vog_issue_date\` text null, \`vog_screening_aspects\` json null, \`vog_justis_reference\` text null, \`vog_result\` text null, \`code_of_conduct_signed_on\` text null, \`code_of_conduct_version\` text null, \`training_completed_on\` text null, \`decision_kind\` text null, \`decision_reason\` text null, \`decided_on\` text null, \`revoked_on\` text null, \`gender\` text not null, \`skills\` json not null, \`capacity\` integer not null default 1, \`latitude\` real null, \`longitude\` real null, \`suspended\` integer not null default false, constraint \`volunteer_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`), constraint \`volunteer_programme_id_foreign\` foreign key (\`programme_id\`) references \`programme\` (\`id\`));`);
    this.addSql(`create index \`volunteer_organisation_id_index\` on \`volunteer\` (\`organisation_id\`);`);
    this.addSql(`create index \`volunteer_programme_id_index\` on \`volunteer\` (\`programme_id\`);`);
    this.addSql(`create unique index \`volunteer_status_token_hash_unique\` on \`volunteer\` (\`status_token_hash\`);`);
    this.addSql(`create unique index \`volunteer_programme_id_email_normalised_unique\` on \`volunteer\` (\`programme_id\`, \`email_normalised\`);`);

    this.addSql(`create table \`reference_check\` (\`id\` text not null primary key, \`volunteer_id\` text not null, \`checked_on\` text not null, \`referee_name\` text not null, \`outcome\` text not null, \`recorded_by\` text not null, constraint \`reference_check_volunteer_id_foreign\` foreign key (\`volunteer_id\`) references \`volunteer\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`reference_check_volunteer_id_index\` on \`reference_check\` (\`volunteer_id\`);`);

    this.addSql(`create table \`portal_login_code\` (\`id\` text not null primary key, \`family_member_id\` text null, \`volunteer_id\` text null, \`code_hash\` text not null, \`link_token_hash\` text not null, \`expires_at\` datetime not null, \`used_at\` datetime null, \`failed_attempts\` integer not null default 0, \`created_at\` datetime not null, constraint \`portal_login_code_family_member_id_foreign\` foreign key (\`family_member_id\`) references \`family_member\` (\`id\`) on delete cascade, constraint \`portal_login_code_volunteer_id_foreign\` foreign key (\`volunteer_id\`) references \`volunteer\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`portal_login_code_family_member_id_index\` on \`portal_login_code\` (\`family_member_id\`);`);
    this.addSql(`create index \`portal_login_code_volunteer_id_index\` on \`portal_login_code\` (\`volunteer_id\`);`);
    this.addSql(`create unique index \`portal_login_code_link_token_hash_unique\` on \`portal_login_code\` (\`link_token_hash\`);`);

    this.addSql(`create table \`match\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`programme_id\` text not null, \`volunteer_id\` text not null, \`pupil_id\` text not null, \`source\` text not null, \`manual_reason\` text null, \`score\` real null, \`score_parts\` json null, \`proposed_on\` text not null, \`proposed_by_id\` text not null, \`introduction\` json null, \`agreements\` json not null, \`signatures\` json not null, \`contract_completed_on\` text null, \`weekly_time\` json null, \`warm_handover\` json null, \`started_on\` text null, \`getting_to_know_until\` text null, \`confirmation\` json null, \`decline\` json null, \`end\` json null, \`declined_on\` text null, \`ended_on\` text null, \`closure\` json null, \`schedule_exceptions\` json not null, \`version\` integer not null default 1, \`created_at\` datetime not null, constraint \`match_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`), constraint \`match_programme_id_foreign\` foreign key (\`programme_id\`) references \`programme\` (\`id\`), constraint \`match_volunteer_id_foreign\` foreign key (\`volunteer_id\`) references \`volunteer\` (\`id\`), constraint \`match_pupil_id_foreign\` foreign key (\`pupil_id\`) references \`pupil\` (\`id\`));`);
    this.addSql(`create index \`match_organisation_id_index\` on \`match\` (\`organisation_id\`);`);
    this.addSql(`create index \`match_programme_id_index\` on \`match\` (\`programme_id\`);`);
    this.addSql(`create index \`match_volunteer_id_index\` on \`match\` (\`volunteer_id\`);`);
    this.addSql(`create index \`match_pupil_id_index\` on \`match\` (\`pupil_id\`);`);
    this.addSql(`create index \`match_started_on_index\` on \`match\` (\`started_on\`);`);

    this.addSql(`create table \`meeting_log\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`match_id\` text not null, \`date\` text not null, \`form\` text not null, \`duration_minutes\` integer not null, \`what_we_did\` text not null, \`went_well\` integer null, \`next_steps\` text not null, \`challenge\` text null, \`wants_to_talk_to_coordinator\` integer not null, \`planned_for\` text null, \`created_at\` datetime not null, constraint \`meeting_log_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`), constraint \`meeting_log_match_id_foreign\` foreign key (\`match_id\`) references \`match\` (\`id\`));`);
    this.addSql(`create index \`meeting_log_organisation_id_index\` on \`meeting_log\` (\`organisation_id\`);`);
    this.addSql(`create index \`meeting_log_match_id_index\` on \`meeting_log\` (\`match_id\`);`);
    this.addSql(`create index \`meeting_log_date_index\` on \`meeting_log\` (\`date\`);`);

    this.addSql(`create table \`expense\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`match_id\` text not null, \`spent_on\` text not null, \`amount_cents\` integer not null, \`description\` text not null, \`agreed_with_family\` integer not null, \`recorded_by_id\` text not null, \`created_at\` datetime not null, constraint \`expense_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`), constraint \`expense_match_id_foreign\` foreign key (\`match_id\`) references \`match\` (\`id\`));`);
    this.addSql(`create index \`expense_organisation_id_index\` on \`expense\` (\`organisation_id\`);`);
    this.addSql(`create index \`expense_match_id_index\` on \`expense\` (\`match_id\`);`);

    this.addSql(`create table \`check_in\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`match_id\` text not null, \`on\` text not null, \`with_whom\` text not null, \`how\` text not null, \`notes\` text not null, \`by_id\` text not null, \`by_name\` text not null, \`created_at\` datetime not null, constraint \`check_in_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`), constraint \`check_in_match_id_foreign\` foreign key (\`match_id\`) references \`match\` (\`id\`));`);
    this.addSql(`create index \`check_in_organisation_id_index\` on \`check_in\` (\`organisation_id\`);`);
    this.addSql(`create index \`check_in_match_id_index\` on \`check_in\` (\`match_id\`);`);
    this.addSql(`create index \`check_in_on_index\` on \`check_in\` (\`on\`);`);

    this.addSql(`create table \`intervision_attendance\` (\`id\` text not null primary key, \`meeting_id\` text not null, \`volunteer_id\` text not null, \`present\` integer not null, constraint \`intervision_attendance_meeting_id_foreign\` foreign key (\`meeting_id\`) references \`intervision_meeting\` (\`id\`) on delete cascade, constraint \`intervision_attendance_volunteer_id_foreign\` foreign key (\`volunteer_id\`) references \`volunteer\` (\`id\`));`);
    this.addSql(`create index \`intervision_attendance_meeting_id_index\` on \`intervision_attendance\` (\`meeting_id\`);`);
    this.addSql(`create index \`intervision_attendance_volunteer_id_index\` on \`intervision_attendance\` (\`volunteer_id\`);`);
    this.addSql(`create unique index \`intervision_attendance_meeting_id_volunteer_id_unique\` on \`intervision_attendance\` (\`meeting_id\`, \`volunteer_id\`);`);

    this.addSql(`create table \`allowance_payment\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`volunteer_id\` text not null, \`for_month\` text not null, \`paid_on\` text not null, \`amount_cents\` integer not null, \`recorded_by_id\` text not null, \`created_at\` datetime not null, constraint \`allowance_payment_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`), constraint \`allowance_payment_volunteer_id_foreign\` foreign key (\`volunteer_id\`) references \`volunteer\` (\`id\`));`);
    this.addSql(`create index \`allowance_payment_organisation_id_index\` on \`allowance_payment\` (\`organisation_id\`);`);
    this.addSql(`create index \`allowance_payment_volunteer_id_index\` on \`allowance_payment\` (\`volunteer_id\`);`);
  }

  override down(): void | Promise<void> {

    this.addSql(`drop table if exists \`organisation\`;`);
    this.addSql(`drop table if exists \`calendar_feed\`;`);
    this.addSql(`drop table if exists \`audit_entry\`;`);
    this.addSql(`drop table if exists \`outbox_message\`;`);
    this.addSql(`drop table if exists \`programme\`;`);
    this.addSql(`drop table if exists \`preference_round\`;`);
    this.addSql(`drop table if exists \`intervision_meeting\`;`);
    this.addSql(`drop table if exists \`school\`;`);
    this.addSql(`drop table if exists \`pupil\`;`);
    this.addSql(`drop table if exists \`family_notification\`;`);
    this.addSql(`drop table if exists \`family_member\`;`);
    this.addSql(`drop table if exists \`contact_attempt\`;`);
    this.addSql(`drop table if exists \`consent\`;`);
    this.addSql(`drop table if exists \`case_note\`;`);
    this.addSql(`drop table if exists \`session\`;`);
    this.addSql(`drop table if exists \`staff_member\`;`);
    this.addSql(`drop table if exists \`password_token\`;`);
    this.addSql(`drop table if exists \`volunteer\`;`);
    this.addSql(`drop table if exists \`reference_check\`;`);
    this.addSql(`drop table if exists \`portal_login_code\`;`);
    this.addSql(`drop table if exists \`match\`;`);
    this.addSql(`drop table if exists \`meeting_log\`;`);
    this.addSql(`drop table if exists \`expense\`;`);
    this.addSql(`drop table if exists \`check_in\`;`);
    this.addSql(`drop table if exists \`intervision_attendance\`;`);
    this.addSql(`drop table if exists \`allowance_payment\`;`);
  }

}
