import { Migration } from '@mikro-orm/migrations';

export class Migration20261204190821_match_suspensions extends Migration {

  override name = 'Migration20261204190821_match_suspensions';

  override up(): void | Promise<void> {
    this.addSql(`alter table "match" add "suspensions" jsonb null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "match" drop column "suspensions";`);
  }

}
