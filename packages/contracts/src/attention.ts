import { z } from 'zod';

/** One line of the coordinator's "needs attention today" list. The reason is the domain's, as data. */
export const attentionItemView = z.object({
  matchId: z.string(),
  pupilName: z.string(),
  volunteerName: z.string(),
  programmeName: z.string(),
  urgency: z.enum(['urgent', 'soon', 'info']),
  reason: z.record(z.string(), z.unknown()).and(z.object({ kind: z.string() })),
});
/** The coordinator's attention list ("Vandaag"): the items, and how many matches are running in the view. */
export const attentionView = z.object({ items: z.array(attentionItemView), activeMatches: z.number() });
export type AttentionView = z.infer<typeof attentionView>;
