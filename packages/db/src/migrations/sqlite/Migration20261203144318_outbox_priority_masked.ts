import { Migration } from '@mikro-orm/migrations';

export class Migration20261203144318_outbox_priority_masked extends Migration {

  override name = 'Migration20261203144318_outbox_priority_masked';

  override up(): void | Promise<void> {
    this.addSql(`alter table \`outbox_message\` add column \`masked_text\` text null;`);
    this.addSql(`alter table \`outbox_message\` add column \`priority\` integer not null default 30;`);
    this.addSql(`create index \`outbox_message_sent_at_priority_created_at_index\` on \`outbox_message\` (\`sent_at\`, \`priority\`, \`created_at\`);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index \`outbox_message_sent_at_priority_created_at_index\`;`);
    this.addSql(`alter table \`outbox_message\` drop column \`masked_text\`;`);
    this.addSql(`alter table \`outbox_message\` drop column \`priority\`;`);
  }

}
