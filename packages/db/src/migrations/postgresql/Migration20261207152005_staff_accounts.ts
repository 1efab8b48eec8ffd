import { Migration } from '@mikro-orm/migrations';

export class Migration20261207152005_staff_accounts extends Migration {

  override name = 'Migration20261207152005_staff_accounts';

  override up(): void | Promise<void> {
    this.addSql(`alter table "staff_member" add "locale" text not null default 'nl', add "last_sign_in_at" timestamptz null;`);
    this.addSql(`alter table "staff_member" add constraint "staff_member_locale_check" check ("locale" in ('nl', 'en'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "staff_member" drop constraint "staff_member_locale_check";`);
    this.addSql(`alter table "staff_member" drop column "locale", drop column "last_sign_in_at";`);
  }

}
