import { z } from 'zod';
import { PROGRAMME_TEMPLATE_KEYS } from '@driehoek/domain/programme';
import { id, requiredText } from './common.js';

export const programmeTemplateKey = z.enum(PROGRAMME_TEMPLATE_KEYS);

/** A template a coordinator can start a programme from, with its default settings. */
export const programmeTemplateView = z.object({
  key: programmeTemplateKey,
  name: z.string(),
  mentee: z.enum(['pupil', 'parent', 'adult']),
  source: z.string(),
  settings: z.record(z.string(), z.unknown()),
});

export const createProgrammeInput = z.object({ template: programmeTemplateKey, name: requiredText(200) });

/**
 * A programme's settings as the coordinator adjusts them. The shape is the domain's
 * `ProgrammeSettings`; the server checks it with `validateProgrammeSettings` and answers with
 * field errors under `settings.<path>`.
 */
export const programmeSettingsInput = z.object({
  id,
  name: requiredText(200),
  openForApplications: z.boolean(),
  settings: z.record(z.string(), z.unknown()),
});

export const programmeDetail = z.object({
  id,
  name: z.string(),
  template: programmeTemplateKey,
  openForApplications: z.boolean(),
  settings: z.record(z.string(), z.unknown()),
});
export type ProgrammeDetail = z.infer<typeof programmeDetail>;
