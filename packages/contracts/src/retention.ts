import { z } from 'zod';
import { DEFAULT_RETENTION_SETTINGS, type RetentionSettings } from '@driehoek/domain/privacy';
import { id } from './common.js';

/** The names of the retention periods (`RetentionSettings`' fields). */
export const RETENTION_FIELDS = Object.keys(DEFAULT_RETENTION_SETTINGS) as [keyof RetentionSettings, ...(keyof RetentionSettings)[]];
export const retentionField = z.enum(RETENTION_FIELDS);

/**
 * The periods an admin sets for the organisation (`programmeId` null) or for one programme: the
 * whole set of changes each time; a period left out follows the organisation (for a programme) or
 * the reference's default. The domain checks each value (`RETENTION.*`); only the shape is checked here.
 */
export const retentionUpdateInput = z.object({
  programmeId: id.nullable(),
  changes: z.partialRecord(retentionField, z.number().finite().nullable()),
});

const changes = z.record(z.string(), z.number().nullable());

/** The retention schedule as the admin sees it: each period with its range and basis, the organisation's and each programme's changes. */
export const retentionScheduleView = z.object({
  adoptedOn: z.string().nullable(),
  periods: z.array(
    z.object({
      field: retentionField,
      unit: z.enum(['days', 'months', 'years', 'age']),
      min: z.number(),
      max: z.number(),
      basis: z.enum(['law', 'reference', 'safeguarding', 'ownChoice']),
      mayHaveNoEnd: z.boolean(),
      perProgramme: z.boolean(),
      default: z.number().nullable(),
      /** The organisation's period (its change, else the default). */
      organisation: z.number().nullable(),
    }),
  ),
  organisationChanges: changes,
  programmes: z.array(z.object({ programmeId: z.string(), name: z.string(), changes })),
});
export type RetentionScheduleView = z.infer<typeof retentionScheduleView>;
