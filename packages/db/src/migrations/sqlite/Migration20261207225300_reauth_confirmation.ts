import { Migration } from '@mikro-orm/migrations';

/** A staff member's re-entered password, confirmed once for an export or erasure; requests about a staff member in the register. */
export class Migration20261207225300_reauth_confirmation extends Migration {

  override name = 'Migration20261207225300_reauth_confirmation';

  override up(): void | Promise<void> {
    this.addSql(`create table \`reauth_confirmation\` (\`token_hash\` text not null primary key, \`staff_member_id\` text not null, \`expires_at\` datetime not null, \`used_at\` datetime null, constraint \`reauth_confirmation_staff_member_id_foreign\` foreign key (\`staff_member_id\`) references \`staff_member\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`reauth_confirmation_staff_member_id_index\` on \`reauth_confirmation\` (\`staff_member_id\`);`);
    // SQLite cannot change a check constraint: the register is copied into a table with the new one.
    this.addSql(`create table \`subject_request_entry_next\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`kind\` text not null, \`subject_type\` text check (\`subject_type\` in ('pupil', 'familyMember', 'volunteer', 'staffMember')) not null, \`subject_id\` text not null, \`requester\` text not null, \`received_on\` text not null, \`extension_notified_on\` text null, \`extension_reason\` text null, \`completed_on\` text null, \`outcome\` text null, \`created_by_id\` text not null, \`created_at\` datetime not null, constraint \`subject_request_entry_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`));`);
    this.addSql(`insert into \`subject_request_entry_next\` select * from \`subject_request_entry\`;`);
    this.addSql(`drop table \`subject_request_entry\`;`);
    this.addSql(`alter table \`subject_request_entry_next\` rename to \`subject_request_entry\`;`);
    this.addSql(`create index \`subject_request_entry_organisation_id_index\` on \`subject_request_entry\` (\`organisation_id\`);`);
    this.addSql(`create index \`subject_request_entry_subject_id_index\` on \`subject_request_entry\` (\`subject_id\`);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists \`reauth_confirmation\`;`);
    this.addSql(`delete from \`subject_request_entry\` where \`subject_type\` = 'staffMember';`);
    this.addSql(`create table \`subject_request_entry_next\` (\`id\` text not null primary key, \`organisation_id\` text not null, \`kind\` text not null, \`subject_type\` text check (\`subject_type\` in ('pupil', 'familyMember', 'volunteer')) not null, \`subject_id\` text not null, \`requester\` text not null, \`received_on\` text not null, \`extension_notified_on\` text null, \`extension_reason\` text null, \`completed_on\` text null, \`outcome\` text null, \`created_by_id\` text not null, \`created_at\` datetime not null, constraint \`subject_request_entry_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`));`);
    this.addSql(`insert into \`subject_request_entry_next\` select * from \`subject_request_entry\`;`);
    this.addSql(`drop table \`subject_request_entry\`;`);
    this.addSql(`alter table \`subject_request_entry_next\` rename to \`subject_request_entry\`;`);
    this.addSql(`create index \`subject_request_entry_organisation_id_index\` on \`subject_request_entry\` (\`organisation_id\`);`);
    this.addSql(`create index \`subject_request_entry_subject_id_index\` on \`subject_request_entry\` (\`subject_id\`);`);
  }

}
