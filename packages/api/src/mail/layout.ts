/**
 * The one layout of every e-mail: a greeting with the person's first name, the message, and the
 * signature with the organisation, its sender name and how to reach the coordinator. In the
 * five portal languages; dates are written out in words in Europe/Amsterdam, never ISO.
 */
import type { Mail } from './outbox.js';

export const MAIL_LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

/** A stored language as a mail language; Dutch for anything else. */
export const mailLanguageOf = (language: string | null | undefined): MailLanguage =>
  (MAIL_LANGUAGES as readonly string[]).includes(language ?? '') ? (language as MailLanguage) : 'nl';

/** Who sends: the organisation as its settings present it (see `letterheadOf`). */
export interface Letterhead {
  readonly organisationId: string;
  readonly organisationName: string;
  /** The name e-mails are signed with; null: the organisation's name alone. */
  readonly senderName: string | null;
  readonly coordinatorName: string | null;
  readonly phone: string | null;
  readonly email: string | null;
}

const LOCALES: Record<MailLanguage, string> = { nl: 'nl-NL', en: 'en-GB', ar: 'ar-u-nu-latn', tr: 'tr-TR', pl: 'pl-PL' };

const dateFormats = new Map<MailLanguage, Intl.DateTimeFormat>();

/**
 * A calendar day written out in the language, with the weekday: "maandag 7 december 2026",
 * "Monday 7 December 2026". The day is read at noon in Europe/Amsterdam, so no offset moves it.
 */
export function writtenDate(isoDate: string, language: MailLanguage): string {
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], { timeZone: 'Europe/Amsterdam', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    dateFormats.set(language, format);
  }
  return format.format(new Date(`${isoDate}T12:00:00+01:00`));
}

/** A day and a time of day ("HH:MM", Amsterdam time): "maandag 7 december 2026 om 15:30". */
export function writtenDateTime(isoDate: string, time: string | undefined, language: MailLanguage): string {
  return time ? TEXTS[language].at(writtenDate(isoDate, language), time) : writtenDate(isoDate, language);
}

interface LayoutTexts {
  readonly greeting: (name: string) => string;
  readonly closing: string;
  readonly contact: (who: string) => string;
  readonly coordinator: string;
  readonly at: (date: string, time: string) => string;
}

const TEXTS: Record<MailLanguage, LayoutTexts> = {
  nl: {
    greeting: (name) => `Beste ${name},`,
    closing: 'Met vriendelijke groet,',
    contact: (who) => `Vragen? Neem contact op met ${who}:`,
    coordinator: 'de coördinator',
    at: (date, time) => `${date} om ${time}`,
  },
  en: {
    greeting: (name) => `Dear ${name},`,
    closing: 'Kind regards,',
    contact: (who) => `Questions? Contact ${who}:`,
    coordinator: 'the coordinator',
    at: (date, time) => `${date} at ${time}`,
  },
  ar: {
    greeting: (name) => `مرحباً ${name}،`,
    closing: 'مع أطيب التحيات،',
    contact: (who) => `هل لديك أسئلة؟ تواصل مع ${who}:`,
    coordinator: 'المنسق',
    at: (date, time) => `${date} الساعة ${time}`,
  },
  tr: {
    greeting: (name) => `Merhaba ${name},`,
    closing: 'Saygılarımızla,',
    contact: (who) => `Sorularınız mı var? ${who} ile iletişime geçin:`,
    coordinator: 'Koordinatör',
    at: (date, time) => `${date}, saat ${time}`,
  },
  pl: {
    greeting: (name) => `Dzień dobry ${name},`,
    closing: 'Z poważaniem,',
    contact: (who) => `Masz pytania? Skontaktuj się z: ${who}`,
    coordinator: 'koordynator',
    at: (date, time) => `${date} o ${time}`,
  },
};

/** The signature lines: closing, sender name, organisation, and how to reach the coordinator. */
export function signatureOf(letterhead: Letterhead, language: MailLanguage): string[] {
  const texts = TEXTS[language];
  const lines = [texts.closing];
  if (letterhead.senderName && letterhead.senderName !== letterhead.organisationName) lines.push(letterhead.senderName);
  lines.push(letterhead.organisationName);
  const reach = [letterhead.phone, letterhead.email].filter((value): value is string => !!value);
  if (reach.length > 0) {
    lines.push('', texts.contact(letterhead.coordinatorName ?? texts.coordinator), ...reach);
  }
  return lines;
}

/** One e-mail in the layout: greeting, paragraphs (blank line between), signature. */
export function composeMail(input: {
  readonly letterhead: Letterhead;
  readonly language: MailLanguage;
  readonly to: string;
  /** The first name the greeting uses. */
  readonly name: string;
  readonly subject: string;
  readonly paragraphs: readonly string[];
  readonly dedupeKey?: string;
  readonly priority?: Mail['priority'];
  readonly secrets?: readonly string[];
}): Mail {
  const { letterhead, language } = input;
  const body = input.paragraphs.flatMap((paragraph, index) => (index === 0 ? [paragraph] : ['', paragraph]));
  return {
    organisationId: letterhead.organisationId,
    to: input.to,
    subject: input.subject,
    text: [TEXTS[language].greeting(input.name), '', ...body, '', ...signatureOf(letterhead, language)].join('\n'),
    ...(input.dedupeKey ? { dedupeKey: input.dedupeKey } : {}),
    ...(input.priority ? { priority: input.priority } : {}),
    ...(input.secrets ? { secrets: input.secrets } : {}),
  };
}
