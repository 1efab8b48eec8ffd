export type Messages = Record<string, unknown>;
export type Part = 'first' | 'rest';

export interface RetryOptions {
  /** Tries per download, the first included (4). */
  attempts?: number;
  /** The wait after the first failure (250 ms), doubled after each next one… */
  firstDelayMs?: number;
  /** …up to this (2,000 ms). */
  maxDelayMs?: number;
}

export function backoffMs(attempt: number, options: Required<Pick<RetryOptions, 'firstDelayMs' | 'maxDelayMs'>>): number;

export interface LocaleTexts<Code extends string> {
  ensureLoaded(code: Code): Promise<void>;
  allTexts(): Promise<void>;
  withTexts<Module>(loadPage: () => Promise<Module>): () => Promise<Module>;
  requireTexts(): Error | undefined;
  retryTexts(): void;
  textsComplete(): boolean;
}

/** Downloads and tracks an app's language files in two parts (see locale-texts.js). */
export function localeTexts<Code extends string>(options: {
  load(code: Code, part: Part): Promise<Messages>;
  add(code: Code, messages: Messages): void;
  /** The languages a complete page needs now: the current one and the fallback. */
  wanted(): Code[];
  retry?: RetryOptions;
  wait?: (ms: number) => Promise<void>;
}): LocaleTexts<Code>;
