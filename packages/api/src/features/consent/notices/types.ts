import type { ConsentPurpose, NoticeAnswerSetting } from '@driehoek/domain/consent';

/** What the notice says a "no" and a withdrawal mean, for a purpose the programme requires or not. */
export interface NoticeAnswer {
  /** Opens the "saying no" paragraph ("Saying no is fine."). */
  readonly no: string;
  /** Closes it: what a no means for the mentoring ("But without this the mentoring cannot start." / "The mentoring goes on."). */
  readonly then: string;
  /** Ends the withdrawal paragraph ("Then the mentoring stops."). */
  readonly withdrawn: string;
}

/** One notice of one purpose in one language and variant, before the programme's setting is applied. */
export interface NoticeParts {
  readonly title: string;
  /** What the consent is for, what is kept and who sees it. */
  readonly paragraphs: readonly string[];
  /** What a "no" means here in particular, per setting ("Then the coordinator finds another way."); none when the general sentence says it all. */
  readonly ifNo: Partial<Record<NoticeAnswerSetting, string>>;
  /** How to stop ("Press "Withdraw" at this question, or tell the coordinator."), before the consequence. */
  readonly withdraw: string;
}

export type NoticeVariant = 'adult' | 'childFriendly';

/** The notices of one language: the answer sentences per variant and setting, and each purpose's parts. */
export interface NoticeLanguageTexts {
  readonly answers: Readonly<Record<NoticeVariant, Readonly<Record<NoticeAnswerSetting, NoticeAnswer>>>>;
  readonly purposes: Readonly<Record<ConsentPurpose, Readonly<Record<NoticeVariant, NoticeParts>>>>;
}
