import { Migration } from '@mikro-orm/migrations';
import { enumCasingDown, enumCasingUp } from '../enum-casing.js';

/** Stored consent and screening values from SCREAMING_CASE to camelCase (see ../enum-casing.ts). */
export class Migration20261204190000_enum_casing extends Migration {

  override name = 'Migration20261204190000_enum_casing';

  override async up(): Promise<void> {
    await enumCasingUp(this, 'postgresql');
  }

  override async down(): Promise<void> {
    await enumCasingDown(this, 'postgresql');
  }

}
