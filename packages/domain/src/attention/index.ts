/**
 * The coordinator's dashboard rules (DOMAIN.md §5): check-ins due or overdue, missing meeting logs,
 * matches without meetings, getting-to-know weeks and their confirmation, the end of the term, and
 * volunteers who asked to talk; one sorted list of items with their reasons as data.
 */
export {
  attentionItems,
  attentionSettingsFor,
  maxDaysWithoutMeetingFor,
  ATTENTION_KINDS,
  URGENCIES,
  DEFAULT_CHECK_IN_DUE_SOON_DAYS,
  DEFAULT_NEAR_END_DAYS,
  type AttentionSettings,
  type MatchAttentionFacts,
  type OpenTalkRequest,
  type AttentionInput,
  type AttentionReason,
  type AttentionKind,
  type AttentionItem,
  type Urgency,
} from './attention.js';
