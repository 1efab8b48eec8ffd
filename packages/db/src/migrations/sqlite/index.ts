import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123141218_initial as M0 } from './Migration20261123141218_initial.js';
import { Migration20261203144318_outbox_priority_masked as M1 } from './Migration20261203144318_outbox_priority_masked.js';
import { Migration20261204185936_talk_requests as M2 } from './Migration20261204185936_talk_requests.js';
import { Migration20261204185958_concerns as M3 } from './Migration20261204185958_concerns.js';
import { Migration20261204190000_enum_casing as M4 } from './Migration20261204190000_enum_casing.js';
import { Migration20261204190821_match_suspensions as M5 } from './Migration20261204190821_match_suspensions.js';
import { Migration20261204194433_school_holidays as M6 } from './Migration20261204194433_school_holidays.js';
import { Migration20261204231858_organisation_regions as M7 } from './Migration20261204231858_organisation_regions.js';
import { Migration20261204231900_report_narratives as M8 } from './Migration20261204231900_report_narratives.js';
import { Migration20261204231903_organisation_settings as M9 } from './Migration20261204231903_organisation_settings.js';
import { Migration20261204231906_evaluation as M10 } from './Migration20261204231906_evaluation.js';
import { Migration20261204231913_privacy as M11 } from './Migration20261204231913_privacy.js';
import { Migration20261207152003_staff_accounts as M12 } from './Migration20261207152003_staff_accounts.js';
import { Migration20261207152941_meeting_log_match_date as M13 } from './Migration20261207152941_meeting_log_match_date.js';
import { Migration20261207160000_pupil_gender as M14 } from './Migration20261207160000_pupil_gender.js';
import { Migration20261207225300_reauth_confirmation as M15 } from './Migration20261207225300_reauth_confirmation.js';

/** The sqlite migrations, in order. Listed here (not discovered on disk) so the bundled server carries them. */
export const sqliteMigrations: MigrationObject[] = [
  { name: 'Migration20261123141218_initial', class: M0 },
  { name: 'Migration20261203144318_outbox_priority_masked', class: M1 },
  { name: 'Migration20261204185936_talk_requests', class: M2 },
  { name: 'Migration20261204185958_concerns', class: M3 },
  { name: 'Migration20261204190000_enum_casing', class: M4 },
  { name: 'Migration20261204190821_match_suspensions', class: M5 },
  { name: 'Migration20261204194433_school_holidays', class: M6 },
  { name: 'Migration20261204231858_organisation_regions', class: M7 },
  { name: 'Migration20261204231900_report_narratives', class: M8 },
  { name: 'Migration20261204231903_organisation_settings', class: M9 },
  { name: 'Migration20261204231906_evaluation', class: M10 },
  { name: 'Migration20261204231913_privacy', class: M11 },
  { name: 'Migration20261207152003_staff_accounts', class: M12 },
  { name: 'Migration20261207152941_meeting_log_match_date', class: M13 },
  { name: 'Migration20261207160000_pupil_gender', class: M14 },
  { name: 'Migration20261207225300_reauth_confirmation', class: M15 },
];
