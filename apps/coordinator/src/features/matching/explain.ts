import type { TFunction } from 'i18next';
import type { ScorePartView } from '@driehoek/contracts/matching';
import type { PairExclusionView, Slot } from './vocabulary';
import type { BatchProposalView } from '../../api-types';

/**
 * Score parts and exclusions in plain words, in the reader's language: the api sends them as data
 * (`{ part: 'distance', km: 2.1 }`), never as sentences, so every language words them its own way.
 *
 * @example
 * explainParts(t, 'nl', parts) // "2,1 km verderop · spreekt Arabisch · beide vrij op dinsdagavond · helpt met plannen, huiswerk · wacht 30 dagen"
 */

/** A distance in the reader's notation: "2,1" in Dutch, "2.1" in English. */
export function formatKm(km: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(km);
}

/** "dinsdagavond" / "Tuesday evening". */
export function slotText(t: TFunction, slot: Slot): string {
  return t('slot', { day: t(`weekday.${slot.day}`), part: t(`dayPart.${slot.part}`) });
}

/** A help area inside a sentence ("plannen"); capitalise it for a label on its own. */
export function helpAreaText(t: TFunction, area: string): string {
  return t(`helpArea.${area}`, { defaultValue: area });
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

function languageText(t: TFunction, code: string): string {
  return t(`spokenLanguage.${code}`, { defaultValue: code });
}

const list = (items: readonly string[]) => items.join(', ');

/** One score part as a phrase. */
export function partText(t: TFunction, language: string, part: ScorePartView): string {
  switch (part.part) {
    case 'distance':
      // An unknown distance (a side without a location) is said so, never shown as 0 km.
      return part.km === null ? t('explain.distanceUnknown') : t('explain.distance', { km: formatKm(part.km, language) });
    case 'language':
      return t('explain.language', { language: languageText(t, part.language) });
    case 'needs':
      return part.met.length < part.of
        ? t('explain.needsSome', { areas: list(part.met.map((area) => helpAreaText(t, area))), met: part.met.length, of: part.of })
        : t('explain.needs', { areas: list(part.met.map((area) => helpAreaText(t, area))) });
    case 'availability':
      return t('explain.availability', { slots: list(part.slots.map((slot) => slotText(t, slot))) });
    case 'peer':
      return part.peer ? t('explain.peer') : t('explain.nonPeer');
    case 'wishes':
      return t('explain.wishes', { wishes: list(part.fulfilled), count: part.fulfilled.length, of: part.of });
    case 'waiting':
      return t('explain.waiting', { count: part.days });
  }
}

/** Every part of a score, joined with a middle dot. */
export function explainParts(t: TFunction, language: string, parts: readonly ScorePartView[]): string {
  return parts.map((part) => partText(t, language, part)).join(' · ');
}

/** One reason a pair is excluded ("14,2 km, verder dan 10 km"); an unknown code gets a general text. */
export function exclusionText(t: TFunction, language: string, exclusion: PairExclusionView): string {
  const key = `exclusion.${exclusion.code.replace(/^MATCHING\./, '')}`;
  return t(key, {
    km: exclusion.km === undefined ? '' : formatKm(exclusion.km, language),
    limitKm: exclusion.limitKm === undefined ? '' : formatKm(exclusion.limitKm, language),
    shared: exclusion.shared ?? 0,
    needed: exclusion.needed ?? 0,
    languages: (exclusion.languages ?? []).map((code) => languageText(t, code)).join(t('explain.or')),
    wanted: exclusion.wanted ? t(`genderWanted.${exclusion.wanted}`, { defaultValue: exclusion.wanted }) : '',
    defaultValue: t('exclusion.unknown'),
  });
}

export function explainExclusions(t: TFunction, language: string, exclusions: readonly PairExclusionView[]): string {
  return exclusions.map((exclusion) => exclusionText(t, language, exclusion)).join('; ');
}

/** A person's name for labels: "Noah Jansen". */
export function fullName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`;
}

/** A score on its scale: "score 860 van 1300". */
export function scoreText(t: TFunction, score: number, max: number): string {
  return t('matching.score', { score: Math.round(score), max });
}

/**
 * Why a pupil of the batch got another volunteer than the one it scores best with: that
 * volunteer, to whom it went, and what swapping would cost (the domain's trade-off).
 */
export function tradeOffText(
  t: TFunction,
  tradeOff: BatchProposalView['tradeOffs'][number],
  row: { volunteerName: string; maxScore: number },
): string {
  return t(`batch.tradeOff.${tradeOff.swapLoss === 0 ? 'swapEqual' : tradeOff.reason}`, {
    volunteer: tradeOff.bestVolunteerName,
    best: scoreText(t, tradeOff.bestScore, row.maxScore),
    other: tradeOff.givenToPupilName,
    otherScore: Math.round(tradeOff.givenToScore),
    own: row.volunteerName,
    count: Math.round(tradeOff.swapLoss ?? 0),
  });
}
