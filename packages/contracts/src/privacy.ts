import { z } from 'zod';

/** Search the audit log of access to children's records: by pupil (the record) or by staff member (the actor). */
export const auditSearchInput = z.object({
  pupilId: z.string().min(1).max(64).optional(),
  staffMemberId: z.string().min(1).max(64).optional(),
  limit: z.number().int().min(1).max(500).default(100),
});

/** One audit row as an admin reads it: who, what, when, from which role. Ids and names only. */
export const auditRow = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
});
export const auditRows = z.array(auditRow);
