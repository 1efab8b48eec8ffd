import { z } from 'zod';
import { PROGRAMME_TEMPLATES, PROGRAMME_TEMPLATE_KEYS, programmeSettingsFromTemplate } from '@driehoek/domain/programme';
import { programmeTemplateView } from '@driehoek/contracts/programmes';
import { coordinatorProcedure } from '../../trpc/index.js';

/** The templates a programme can start from (DOMAIN.md), with their default settings. */
export const templates = coordinatorProcedure.output(z.array(programmeTemplateView)).query(() =>
  PROGRAMME_TEMPLATE_KEYS.map((key) => ({
    key,
    name: PROGRAMME_TEMPLATES[key].name,
    mentee: PROGRAMME_TEMPLATES[key].mentee,
    source: PROGRAMME_TEMPLATES[key].source,
    settings: programmeSettingsFromTemplate(key),
  })),
);
