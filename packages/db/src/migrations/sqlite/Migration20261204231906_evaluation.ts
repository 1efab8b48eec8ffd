import { Migration } from '@mikro-orm/migrations';

export class Migration20261204231906_evaluation extends Migration {

  override name = 'Migration20261204231906_evaluation';

  override up(): void | Promise<void> {
    this.addSql(`create table \`evaluation_answer_set\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`programme_id\` text not null, \`questionnaire_id\` text not null, \`version\` integer not null, \`match_key\` text null, \`respondent_key\` text null, \`respondent\` text not null, \`moment\` text not null, \`language\` text not null, \`submitted_on\` text not null, \`answers\` json not null, \`anonymised_on\` text null, constraint \`evaluation_answer_set_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`), constraint \`evaluation_answer_set_programme_id_foreign\` foreign key (\`programme_id\`) references \`programme\` (\`id\`));`);
    this.addSql(`create index \`evaluation_answer_set_organisation_id_index\` on \`evaluation_answer_set\` (\`organisation_id\`);`);
    this.addSql(`create index \`evaluation_answer_set_programme_id_index\` on \`evaluation_answer_set\` (\`programme_id\`);`);
    this.addSql(`create index \`evaluation_answer_set_match_key_index\` on \`evaluation_answer_set\` (\`match_key\`);`);
    this.addSql(`create index \`evaluation_answer_set_respondent_key_index\` on \`evaluation_answer_set\` (\`respondent_key\`);`);
    this.addSql(`create index \`evaluation_answer_set_submitted_on_index\` on \`evaluation_answer_set\` (\`submitted_on\`);`);

    this.addSql(`create table \`evaluation_concern_link\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`answer_set_id\` text not null, \`item_id\` text not null, \`concern_id\` text not null, \`opened_by_id\` text not null, \`opened_on\` text not null, constraint \`evaluation_concern_link_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`), constraint \`evaluation_concern_link_answer_set_id_foreign\` foreign key (\`answer_set_id\`) references \`evaluation_answer_set\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`evaluation_concern_link_organisation_id_index\` on \`evaluation_concern_link\` (\`organisation_id\`);`);
    this.addSql(`create index \`evaluation_concern_link_answer_set_id_index\` on \`evaluation_concern_link\` (\`answer_set_id\`);`);
    this.addSql(`create index \`evaluation_concern_link_concern_id_index\` on \`evaluation_concern_link\` (\`concern_id\`);`);
    this.addSql(`create unique index \`evaluation_concern_link_answer_set_id_item_id_unique\` on \`evaluation_concern_link\` (\`answer_set_id\`, \`item_id\`);`);

    this.addSql(`create table \`programme_questionnaire\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`programme_id\` text not null, \`questionnaire_id\` text not null, \`version\` integer not null, \`definition\` json not null, \`created_by_id\` text not null, \`created_at\` datetime not null, constraint \`programme_questionnaire_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`), constraint \`programme_questionnaire_programme_id_foreign\` foreign key (\`programme_id\`) references \`programme\` (\`id\`));`);
    this.addSql(`create index \`programme_questionnaire_organisation_id_index\` on \`programme_questionnaire\` (\`organisation_id\`);`);
    this.addSql(`create index \`programme_questionnaire_programme_id_index\` on \`programme_questionnaire\` (\`programme_id\`);`);
    this.addSql(`create unique index \`programme_questionnaire_programme_id_questionnaire_id_version_unique\` on \`programme_questionnaire\` (\`programme_id\`, \`questionnaire_id\`, \`version\`);`);

    this.addSql(`create table \`evaluation_invitation\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`programme_id\` text not null, \`match_id\` text not null, \`invitation_key\` text not null, \`person_kind\` text not null, \`person_id\` text not null, \`role\` text not null, \`respondent\` text not null, \`questionnaire_id\` text not null, \`version\` integer not null, \`moment\` text not null, \`language\` text not null, \`send_on\` text not null, \`remind_on\` text null, \`expires_on\` text not null, \`link_secret_hash\` text not null, \`sent_at\` datetime null, \`reminded_at\` datetime null, \`answered_on\` text null, \`created_at\` datetime not null, constraint \`evaluation_invitation_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`), constraint \`evaluation_invitation_programme_id_foreign\` foreign key (\`programme_id\`) references \`programme\` (\`id\`), constraint \`evaluation_invitation_match_id_foreign\` foreign key (\`match_id\`) references \`match\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`evaluation_invitation_organisation_id_index\` on \`evaluation_invitation\` (\`organisation_id\`);`);
    this.addSql(`create index \`evaluation_invitation_programme_id_index\` on \`evaluation_invitation\` (\`programme_id\`);`);
    this.addSql(`create index \`evaluation_invitation_match_id_index\` on \`evaluation_invitation\` (\`match_id\`);`);
    this.addSql(`create unique index \`evaluation_invitation_invitation_key_unique\` on \`evaluation_invitation\` (\`invitation_key\`);`);
    this.addSql(`create index \`evaluation_invitation_person_id_index\` on \`evaluation_invitation\` (\`person_id\`);`);
    this.addSql(`create index \`evaluation_invitation_send_on_index\` on \`evaluation_invitation\` (\`send_on\`);`);
    this.addSql(`create unique index \`evaluation_invitation_link_secret_hash_unique\` on \`evaluation_invitation\` (\`link_secret_hash\`);`);

    this.addSql(`create table \`volunteer_evaluation_consent\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`volunteer_id\` text not null, \`state\` text not null, \`decided_on\` text not null, \`created_at\` datetime not null, constraint \`volunteer_evaluation_consent_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`), constraint \`volunteer_evaluation_consent_volunteer_id_foreign\` foreign key (\`volunteer_id\`) references \`volunteer\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`volunteer_evaluation_consent_organisation_id_index\` on \`volunteer_evaluation_consent\` (\`organisation_id\`);`);
    this.addSql(`create index \`volunteer_evaluation_consent_volunteer_id_index\` on \`volunteer_evaluation_consent\` (\`volunteer_id\`);`);
  }

  override down(): void | Promise<void> {

    this.addSql(`drop table if exists \`evaluation_answer_set\`;`);
    this.addSql(`drop table if exists \`evaluation_concern_link\`;`);
    this.addSql(`drop table if exists \`programme_questionnaire\`;`);
    this.addSql(`drop table if exists \`evaluation_invitation\`;`);
    this.addSql(`drop table if exists \`volunteer_evaluation_consent\`;`);
  }

}
