/**
 * The go-live gate (PRV-5): "DPIA completed and records of processing (Art. 30) present, recorded as
 * configuration artefacts" before an organisation processes children's data. The reference's other
 * prerequisites join it: a safeguarding lead and a deputy (SAF-17), a retention schedule (part (d):
 * "Put them in a retention schedule and in the DPIA"), the privacy notice people are given (GDPR
 * 13–14) and an agreement with every processor (GDPR 28: hosting, e-mail) [D].
 */
import type { IsoDate } from '../calendar/index.js';
import { validateRetentionSettings, type RetentionSettings } from './retention-settings.js';
import type { Codes } from '../codes.js';

/** What the organisation has recorded about its privacy set-up. */
export interface PrivacyConfiguration {
  /** PRV-5: the data protection impact assessment (the AP's list: vulnerable data subjects, sensitive data). */
  readonly dpia: { readonly completedOn: IsoDate; readonly version: string; readonly approvedBy: string } | null;
  /** PRV-5: the records of processing activities (GDPR 30). */
  readonly processingRegister: { readonly updatedOn: IsoDate } | null;
  /** SAF-17: the aandachtsfunctionaris/contactpersoon and a deputy, two different people. */
  readonly safeguardingContacts: readonly { readonly personId: string; readonly role: 'lead' | 'deputy' }[];
  /** Part (d): the retention schedule adopted, with its periods. */
  readonly retention: { readonly adoptedOn: IsoDate; readonly settings: RetentionSettings } | null;
  /** GDPR 13–14: the privacy notice published to families and volunteers. */
  readonly privacyNotice: { readonly version: string; readonly publishedOn: IsoDate } | null;
  /** GDPR 28: each processor (hosting, e-mail delivery) with the day its agreement was signed. */
  readonly processors: readonly { readonly name: string; readonly agreementSignedOn: IsoDate | null }[];
}

export type GoLiveGapCode = Codes<
  | 'GO_LIVE.DPIA_MISSING'
  | 'GO_LIVE.PROCESSING_REGISTER_MISSING'
  | 'GO_LIVE.SAFEGUARDING_LEAD_MISSING'
  | 'GO_LIVE.SAFEGUARDING_DEPUTY_MISSING'
  | 'GO_LIVE.RETENTION_SCHEDULE_MISSING'
  | 'GO_LIVE.RETENTION_SCHEDULE_INVALID'
  | 'GO_LIVE.PRIVACY_NOTICE_MISSING'
  | 'GO_LIVE.PROCESSOR_AGREEMENT_MISSING'
  | 'GO_LIVE.DATED_IN_FUTURE'
>;

/** One thing missing, with the rule that asks for it and, where it concerns one item, which. */
export interface GoLiveGap {
  readonly code: GoLiveGapCode;
  readonly rule: 'PRV-5' | 'SAF-17' | 'R-1…R-10' | 'GDPR-13' | 'GDPR-28';
  readonly item?: string;
}

export interface GoLiveAssessment {
  readonly mayProcessChildrensData: boolean;
  readonly gaps: readonly GoLiveGap[];
}

/**
 * PRV-5: what is missing on `today` before the organisation may process children's data, in the
 * order of the checklist; `mayProcessChildrensData` is true only when nothing is. Dates after
 * `today` do not count as done (`GO_LIVE.DATED_IN_FUTURE` with the item). The api refuses
 * nominations and pupil records while the gate is closed.
 */
export function goLiveGaps(config: PrivacyConfiguration, today: IsoDate): GoLiveAssessment {
  const gaps: GoLiveGap[] = [];
  const dated = (date: IsoDate, item: string, rule: GoLiveGap['rule']): boolean => {
    if (date <= today) return true;
    gaps.push({ code: 'GO_LIVE.DATED_IN_FUTURE', rule, item });
    return false;
  };
  if (!config.dpia) gaps.push({ code: 'GO_LIVE.DPIA_MISSING', rule: 'PRV-5' });
  else dated(config.dpia.completedOn, 'dpia', 'PRV-5');
  if (!config.processingRegister) gaps.push({ code: 'GO_LIVE.PROCESSING_REGISTER_MISSING', rule: 'PRV-5' });
  else dated(config.processingRegister.updatedOn, 'processingRegister', 'PRV-5');
  const leads = new Set(config.safeguardingContacts.filter((contact) => contact.role === 'lead').map((contact) => contact.personId));
  const deputies = config.safeguardingContacts.filter((contact) => contact.role === 'deputy' && !leads.has(contact.personId));
  if (leads.size === 0) gaps.push({ code: 'GO_LIVE.SAFEGUARDING_LEAD_MISSING', rule: 'SAF-17' });
  if (deputies.length === 0) gaps.push({ code: 'GO_LIVE.SAFEGUARDING_DEPUTY_MISSING', rule: 'SAF-17' });
  if (!config.retention) gaps.push({ code: 'GO_LIVE.RETENTION_SCHEDULE_MISSING', rule: 'R-1…R-10' });
  else if (dated(config.retention.adoptedOn, 'retention', 'R-1…R-10') && validateRetentionSettings(config.retention.settings).length > 0) {
    gaps.push({ code: 'GO_LIVE.RETENTION_SCHEDULE_INVALID', rule: 'R-1…R-10' });
  }
  if (!config.privacyNotice) gaps.push({ code: 'GO_LIVE.PRIVACY_NOTICE_MISSING', rule: 'GDPR-13' });
  else dated(config.privacyNotice.publishedOn, 'privacyNotice', 'GDPR-13');
  for (const processor of config.processors) {
    if (processor.agreementSignedOn === null) gaps.push({ code: 'GO_LIVE.PROCESSOR_AGREEMENT_MISSING', rule: 'GDPR-28', item: processor.name });
    else dated(processor.agreementSignedOn, processor.name, 'GDPR-28');
  }
  return { mayProcessChildrensData: gaps.length === 0, gaps };
}
