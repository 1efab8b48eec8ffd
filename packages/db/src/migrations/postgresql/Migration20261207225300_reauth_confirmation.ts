import { Migration } from '@mikro-orm/migrations';

/** A staff member's re-entered password, confirmed once for an export or erasure; requests about a staff member in the register. */
export class Migration20261207225300_reauth_confirmation extends Migration {

  override name = 'Migration20261207225300_reauth_confirmation';

  override up(): void | Promise<void> {
    this.addSql(`create table "reauth_confirmation" ("token_hash" varchar(64) not null, "staff_member_id" varchar(36) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, primary key ("token_hash"));`);
    this.addSql(`create index "reauth_confirmation_staff_member_id_index" on "reauth_confirmation" ("staff_member_id");`);
    this.addSql(`alter table "reauth_confirmation" add constraint "reauth_confirmation_staff_member_id_foreign" foreign key ("staff_member_id") references "staff_member" ("id") on delete cascade;`);
    this.addSql(`alter table "subject_request_entry" drop constraint if exists "subject_request_entry_subject_type_check";`);
    this.addSql(`alter table "subject_request_entry" add constraint "subject_request_entry_subject_type_check" check ("subject_type" in ('pupil', 'familyMember', 'volunteer', 'staffMember'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "reauth_confirmation" cascade;`);
    this.addSql(`delete from "subject_request_entry" where "subject_type" = 'staffMember';`);
    this.addSql(`alter table "subject_request_entry" drop constraint if exists "subject_request_entry_subject_type_check";`);
    this.addSql(`alter table "subject_request_entry" add constraint "subject_request_entry_subject_type_check" check ("subject_type" in ('pupil', 'familyMember', 'volunteer'));`);
  }

}
