import { Migration } from '@mikro-orm/migrations';

export class Migration20261207152003_staff_accounts extends Migration {

  override name = 'Migration20261207152003_staff_accounts';

  override up(): void | Promise<void> {
    // Added in place (no table rebuild): existing staff keep their rows and get Dutch e-mails.
    this.addSql(`alter table \`staff_member\` add column \`locale\` text check (\`locale\` in ('nl', 'en')) not null default 'nl';`);
    this.addSql(`alter table \`staff_member\` add column \`last_sign_in_at\` datetime null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table \`staff_member\` drop column \`locale\`;`);
    this.addSql(`alter table \`staff_member\` drop column \`last_sign_in_at\`;`);
  }

}
