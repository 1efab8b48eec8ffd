import { describe, expect, it } from 'vitest';
import { createInstance } from 'i18next';
import nl from '../../locales/nl.json';
import en from '../../locales/en.json';
import { explainExclusions, explainParts, scoreText, tradeOffText } from './explain';

async function translator(lng: 'nl' | 'en') {
  const i18n = createInstance();
  await i18n.init({ lng, resources: { nl: { translation: nl }, en: { translation: en } }, interpolation: { escapeValue: false } });
  return i18n.t;
}

describe('score parts and exclusions in words', () => {
  it('reads a suggestion as a coordinator would say it', async () => {
    const t = await translator('nl');
    expect(
      explainParts(t, 'nl', [
        { part: 'distance', points: 237, km: 2.1 },
        { part: 'language', points: 200, language: 'ar' },
        { part: 'availability', points: 100, slots: [{ day: 'tuesday', part: 'evening' }] },
        { part: 'needs', points: 90, met: ['planning', 'homework'], of: 2 },
        { part: 'waiting', points: 30, days: 30 },
      ]),
    ).toBe('2,1 km verderop · spreekt Arabisch · beide vrij op dinsdagavond · helpt met plannen, huiswerk · wacht 30 dagen');
  });

  it('says why a pair is excluded, with its numbers', async () => {
    const t = await translator('nl');
    expect(
      explainExclusions(t, 'nl', [
        { code: 'MATCHING.TOO_FAR', km: 14.2, limitKm: 10 },
        { code: 'MATCHING.NO_SHARED_AVAILABILITY', shared: 1, needed: 3 },
      ]),
    ).toBe('14,2 km, verder dan 10 km; niet genoeg gedeelde momenten (1 van 3)');
    expect(explainExclusions(t, 'nl', [{ code: 'MATCHING.SOMETHING_NEW' }])).toBe('uitgesloten door een regel van het programma');
  });

  it('MATCHING.LOCATION_UNKNOWN: an unknown distance reads "distance unknown", never 0 km', async () => {
    const nl = await translator('nl');
    expect(explainParts(nl, 'nl', [{ part: 'distance', points: 0, km: null }])).toBe('afstand onbekend');
    expect(explainExclusions(nl, 'nl', [{ code: 'MATCHING.LOCATION_UNKNOWN', limitKm: 10 }])).toBe('afstand onbekend (geen locatie), en het programma heeft een grens van 10 km');
    const en = await translator('en');
    expect(explainParts(en, 'en', [{ part: 'distance', points: 0, km: null }, { part: 'waiting', points: 1, days: 1 }])).toBe('distance unknown · waiting 1 day');
    expect(explainParts(en, 'en', [{ part: 'distance', points: 0, km: null }])).not.toContain('0 km');
  });

  it('words the same in English', async () => {
    const t = await translator('en');
    expect(explainParts(t, 'en', [{ part: 'distance', points: 1, km: 2.1 }, { part: 'waiting', points: 1, days: 1 }])).toBe('2.1 km away · waiting 1 day');
  });

  it('a score has its scale, and the batch says why a pupil did not get its best volunteer', async () => {
    const nl = await translator('nl');
    expect(scoreText(nl, 859.6, 1300)).toBe('score 860 van 1300');
    const tradeOff = { pupilId: 'p1', bestVolunteerName: 'Ans de Vries', bestScore: 920, givenToPupilName: 'Sara Bakker', givenToScore: 900, reason: 'swapLowersTotal' as const, swapLoss: 140 };
    expect(tradeOffText(nl, tradeOff, { volunteerName: 'Bram Smit', maxScore: 1300 })).toBe(
      'Ans de Vries past beter (score 920 van 1300), maar gaat naar Sara Bakker (score 900). Ruilen zou de totale score van het voorstel 140 punten lager maken.',
    );
    expect(tradeOffText(nl, { ...tradeOff, swapLoss: 1 }, { volunteerName: 'Bram Smit', maxScore: 1300 })).toContain('1 punt lager');
    expect(tradeOffText(nl, { ...tradeOff, swapLoss: 0 }, { volunteerName: 'Bram Smit', maxScore: 1300 })).toContain('dezelfde totale score');
    expect(tradeOffText(nl, { ...tradeOff, reason: 'otherHasNoAlternative', swapLoss: null }, { volunteerName: 'Bram Smit', maxScore: 1300 })).toBe(
      'Ans de Vries past beter (score 920 van 1300), maar gaat naar Sara Bakker (score 900), die niet met Bram Smit gekoppeld kan worden. Het voorstel kijkt naar alle leerlingen samen.',
    );
    const en = await translator('en');
    expect(tradeOffText(en, tradeOff, { volunteerName: 'Bram Smit', maxScore: 1300 })).toBe(
      "Ans de Vries fits better (score 920 of 1300) but goes to Sara Bakker (score 900). Swapping would lower the proposal's total score by 140 points.",
    );
  });
});
