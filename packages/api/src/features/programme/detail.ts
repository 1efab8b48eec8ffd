import type { Programme } from '@driehoek/db';
import type { ProgrammeDetail } from '@driehoek/contracts/programmes';
import type { ProgrammeTemplateKey } from '@driehoek/domain/programme';

export function programmeDetailOf(programme: Programme): ProgrammeDetail {
  return {
    id: programme.id,
    name: programme.name,
    template: programme.template as ProgrammeTemplateKey,
    openForApplications: programme.openForApplications,
    settings: programme.settings,
  };
}
