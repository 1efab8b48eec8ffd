import { Migration } from '@mikro-orm/migrations';

export class Migration20261207160000_pupil_gender extends Migration {

  override name = 'Migration20261207160000_pupil_gender';

  override up(): void | Promise<void> {
    this.addSql(`alter table \`pupil\` add column \`gender\` text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table \`pupil\` drop column \`gender\`;`);
  }

}
