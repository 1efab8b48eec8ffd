/**
 * The match lifecycle settings of each programme template, with the seed each follows, and the
 * check that a coordinator's adjustments can stand.
 */
import { refuse, type Refusal } from '../result.js';
import type { ProgrammeTemplateKey } from '../programme/templates.js';
import type { Mentee } from '../programme/settings.js';
import type { ContractSigner, MatchLifecycleSettings } from './types.js';
import type { Codes } from '../codes.js';

/**
 * The defaults per template (DOMAIN.md §4 and the seeds):
 *
 * - `schoolsCool` (schoolscool-thuismentor-worden.txt): a matching conversation "met jou en met het
 *   gezin" with "iemand van School's cool aanwezig"; "tekenen scholier, ouders en thuismentor een
 *   contract"; "Daarna wordt een geschikt tijdstip in de week overeengekomen". The seed names no
 *   getting-to-know period; DOMAIN.md §4 gives every match one, so the Parent'R'US 6 weeks (about
 *   six weekly home visits). No warm handover: the seed has none.
 * - `thuisschoolmaatje` (thuisschoolmaatje-handreiking-mentoren.txt): the regional coordinator
 *   "zorgt dat er een vrijwilliger gekoppeld wordt" — no matching conversation and no contract in
 *   the seed (pupil and parents gave consent in steps 3–4); the calls need their three moments a
 *   week; step 5's warm handover ("Voordat de ondersteuning van start gaat, bel je kort met de
 *   vrijwilliger") is required. Getting to know: 2 weeks, the school mentor's first check-in
 *   ("minstens eenmaal in de twee weken"), as the school closure is short.
 * - `parentRus` (parentrus-mentormodel-ouderbetrokkenheid.txt): 3.3.3 "de eerste presentatie en het
 *   onthaal", led by the mentor managers, is the introduction (IPA: the manager "voerde korte
 *   gesprekken om de match af te ronden"); 3.1.8 "Er moet vooraf een overeenkomst zijn" about the
 *   mentor's part between home and school, signed by the parent (the mentee) and the volunteer;
 *   "1 vergadering per week"; the "kennismakingsfase … duurt een paar weken" before the "matching
 *   confirmation": 6 weeks, well before the mid-term report of a 6-month match.
 * - `legalMentorship` (mentorschap-nederland-blog.txt): "de rechter [kan] een mentor benoemen" —
 *   the court's appointment replaces conversation, contract and confirmation; visits are as needed,
 *   so no weekly time.
 */
export const MATCH_LIFECYCLE_TEMPLATES: Readonly<Record<ProgrammeTemplateKey, MatchLifecycleSettings>> = Object.freeze({
  schoolsCool: Object.freeze({
    requireIntroduction: true,
    organisationRepresentativeRequired: true,
    contractSigners: Object.freeze(['pupil', 'parent', 'volunteer'] as const),
    requireWeeklyTime: true,
    requireWarmHandover: false,
    gettingToKnowWeeks: 6,
  }),
  thuisschoolmaatje: Object.freeze({
    requireIntroduction: false,
    organisationRepresentativeRequired: false,
    contractSigners: Object.freeze([] as const),
    requireWeeklyTime: true,
    requireWarmHandover: true,
    gettingToKnowWeeks: 2,
  }),
  parentRus: Object.freeze({
    requireIntroduction: true,
    organisationRepresentativeRequired: true,
    contractSigners: Object.freeze(['mentee', 'volunteer'] as const),
    requireWeeklyTime: true,
    requireWarmHandover: false,
    gettingToKnowWeeks: 6,
  }),
  legalMentorship: Object.freeze({
    requireIntroduction: false,
    organisationRepresentativeRequired: false,
    contractSigners: Object.freeze([] as const),
    requireWeeklyTime: false,
    requireWarmHandover: false,
    gettingToKnowWeeks: 0,
  }),
});

/** A template's match lifecycle settings as an unfrozen copy a programme may adjust. */
export function matchLifecycleSettingsFor(templateKey: ProgrammeTemplateKey): MatchLifecycleSettings {
  const settings = MATCH_LIFECYCLE_TEMPLATES[templateKey];
  return { ...settings, contractSigners: [...settings.contractSigners] };
}

export type MatchLifecycleSettingsProblem = Codes< 'MATCH.SETTINGS_INVALID' | 'MATCH.SIGNER_NOT_IN_PROGRAMME'>;

/** Signers that exist in a programme for this kind of mentee: the pupil and parents, or the mentee. */
const SIGNERS_BY_MENTEE: Readonly<Record<Mentee, readonly ContractSigner[]>> = {
  pupil: ['pupil', 'parent', 'volunteer'],
  parent: ['mentee', 'volunteer'],
  adult: ['mentee', 'volunteer'],
};

/**
 * Every refusal of a programme's lifecycle settings (empty when they may be saved): the
 * getting-to-know period in whole weeks, not negative (`MATCH.SETTINGS_INVALID`); each contract
 * signer once (`MATCH.SETTINGS_INVALID`); and only signers the programme has
 * (`MATCH.SIGNER_NOT_IN_PROGRAMME`: no 'mentee' in a pupil programme, no 'pupil' or 'parent' where
 * the parent is the mentee).
 */
export function validateMatchLifecycleSettings(
  settings: MatchLifecycleSettings,
  mentee: Mentee,
): readonly Refusal<MatchLifecycleSettingsProblem>[] {
  const refusals: Refusal<MatchLifecycleSettingsProblem>[] = [];
  if (!Number.isInteger(settings.gettingToKnowWeeks) || settings.gettingToKnowWeeks < 0) {
    refusals.push(refuse('MATCH.SETTINGS_INVALID', 'gettingToKnowWeeks'));
  }
  if (new Set(settings.contractSigners).size !== settings.contractSigners.length) {
    refusals.push(refuse('MATCH.SETTINGS_INVALID', 'contractSigners'));
  }
  if (settings.contractSigners.some((signer) => !SIGNERS_BY_MENTEE[mentee].includes(signer))) {
    refusals.push(refuse('MATCH.SIGNER_NOT_IN_PROGRAMME', 'contractSigners'));
  }
  return refusals;
}
