import { Migration } from '@mikro-orm/migrations';

export class Migration20261204231907_evaluation extends Migration {

  override name = 'Migration20261204231907_evaluation';

  override up(): void | Promise<void> {
    this.addSql(`create table "evaluation_answer_set" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "programme_id" varchar(36) not null, "questionnaire_id" varchar(100) not null, "version" int not null, "match_key" varchar(46) null, "respondent_key" varchar(46) null, "respondent" varchar(20) not null, "moment" varchar(10) not null, "language" varchar(5) not null, "submitted_on" varchar(10) not null, "answers" jsonb not null, "anonymised_on" varchar(10) null, primary key ("id"));`);
    this.addSql(`create index "evaluation_answer_set_organisation_id_index" on "evaluation_answer_set" ("organisation_id");`);
    this.addSql(`create index "evaluation_answer_set_programme_id_index" on "evaluation_answer_set" ("programme_id");`);
    this.addSql(`create index "evaluation_answer_set_match_key_index" on "evaluation_answer_set" ("match_key");`);
    this.addSql(`create index "evaluation_answer_set_respondent_key_index" on "evaluation_answer_set" ("respondent_key");`);
    this.addSql(`create index "evaluation_answer_set_submitted_on_index" on "evaluation_answer_set" ("submitted_on");`);

    this.addSql(`create table "evaluation_concern_link" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "answer_set_id" varchar(36) not null, "item_id" varchar(64) not null, "concern_id" varchar(36) not null, "opened_by_id" varchar(36) not null, "opened_on" varchar(10) not null, primary key ("id"));`);
    this.addSql(`create index "evaluation_concern_link_organisation_id_index" on "evaluation_concern_link" ("organisation_id");`);
    this.addSql(`create index "evaluation_concern_link_answer_set_id_index" on "evaluation_concern_link" ("answer_set_id");`);
    this.addSql(`create index "evaluation_concern_link_concern_id_index" on "evaluation_concern_link" ("concern_id");`);
    this.addSql(`alter table "evaluation_concern_link" add constraint "evaluation_concern_link_answer_set_id_item_id_unique" unique ("answer_set_id", "item_id");`);

    this.addSql(`create table "programme_questionnaire" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "programme_id" varchar(36) not null, "questionnaire_id" varchar(100) not null, "version" int not null, "definition" jsonb not null, "created_by_id" varchar(36) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "programme_questionnaire_organisation_id_index" on "programme_questionnaire" ("organisation_id");`);
    this.addSql(`create index "programme_questionnaire_programme_id_index" on "programme_questionnaire" ("programme_id");`);
    this.addSql(`alter table "programme_questionnaire" add constraint "programme_questionnaire_programme_id_questionnair_dbedb_unique" unique ("programme_id", "questionnaire_id", "version");`);

    this.addSql(`create table "evaluation_invitation" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "programme_id" varchar(36) not null, "match_id" varchar(36) not null, "invitation_key" varchar(255) not null, "person_kind" varchar(20) not null, "person_id" varchar(36) not null, "role" varchar(20) not null, "respondent" varchar(20) not null, "questionnaire_id" varchar(100) not null, "version" int not null, "moment" varchar(10) not null, "language" varchar(5) not null, "send_on" varchar(10) not null, "remind_on" varchar(10) null, "expires_on" varchar(10) not null, "link_secret_hash" varchar(64) not null, "sent_at" timestamptz null, "reminded_at" timestamptz null, "answered_on" varchar(10) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "evaluation_invitation_organisation_id_index" on "evaluation_invitation" ("organisation_id");`);
    this.addSql(`create index "evaluation_invitation_programme_id_index" on "evaluation_invitation" ("programme_id");`);
    this.addSql(`create index "evaluation_invitation_match_id_index" on "evaluation_invitation" ("match_id");`);
    this.addSql(`alter table "evaluation_invitation" add constraint "evaluation_invitation_invitation_key_unique" unique ("invitation_key");`);
    this.addSql(`create index "evaluation_invitation_person_id_index" on "evaluation_invitation" ("person_id");`);
    this.addSql(`create index "evaluation_invitation_send_on_index" on "evaluation_invitation" ("send_on");`);
    this.addSql(`alter table "evaluation_invitation" add constraint "evaluation_invitation_link_secret_hash_unique" unique ("link_secret_hash");`);

    this.addSql(`create table "volunteer_evaluation_consent" ("id" varchar(36) not null, "organisation_id" varchar(36) not null, "volunteer_id" varchar(36) not null, "state" varchar(10) not null, "decided_on" varchar(10) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "volunteer_evaluation_consent_organisation_id_index" on "volunteer_evaluation_consent" ("organisation_id");`);
    this.addSql(`create index "volunteer_evaluation_consent_volunteer_id_index" on "volunteer_evaluation_consent" ("volunteer_id");`);

    this.addSql(`alter table "evaluation_answer_set" add constraint "evaluation_answer_set_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "evaluation_answer_set" add constraint "evaluation_answer_set_programme_id_foreign" foreign key ("programme_id") references "programme" ("id");`);

    this.addSql(`alter table "evaluation_concern_link" add constraint "evaluation_concern_link_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "evaluation_concern_link" add constraint "evaluation_concern_link_answer_set_id_foreign" foreign key ("answer_set_id") references "evaluation_answer_set" ("id") on delete cascade;`);

    this.addSql(`alter table "programme_questionnaire" add constraint "programme_questionnaire_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "programme_questionnaire" add constraint "programme_questionnaire_programme_id_foreign" foreign key ("programme_id") references "programme" ("id");`);

    this.addSql(`alter table "evaluation_invitation" add constraint "evaluation_invitation_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "evaluation_invitation" add constraint "evaluation_invitation_programme_id_foreign" foreign key ("programme_id") references "programme" ("id");`);
    this.addSql(`alter table "evaluation_invitation" add constraint "evaluation_invitation_match_id_foreign" foreign key ("match_id") references "match" ("id") on delete cascade;`);

    this.addSql(`alter table "volunteer_evaluation_consent" add constraint "volunteer_evaluation_consent_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "volunteer_evaluation_consent" add constraint "volunteer_evaluation_consent_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "evaluation_concern_link" drop constraint "evaluation_concern_link_answer_set_id_foreign";`);

    this.addSql(`drop table if exists "evaluation_answer_set" cascade;`);
    this.addSql(`drop table if exists "evaluation_concern_link" cascade;`);
    this.addSql(`drop table if exists "programme_questionnaire" cascade;`);
    this.addSql(`drop table if exists "evaluation_invitation" cascade;`);
    this.addSql(`drop table if exists "volunteer_evaluation_consent" cascade;`);
  }

}
