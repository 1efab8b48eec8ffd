// Matching (README "Matching"): one pair assessed, then a batch where two mentees want one place.
import assert from 'node:assert/strict';
import { assessPair, proposeBatch, DEFAULT_MATCHING_SETTINGS } from '@driehoek/domain/matching';

/** @type {import('@driehoek/domain/matching').MatchCandidateVolunteer} */
const ans = {
  id: 'v-ans', organisationId: 'org', programmeId: 'home-mentoring', readyToMatch: true, capacity: 1,
  location: { lat: 51.9851, lon: 5.8987 }, availability: [{ day: 'tuesday', part: 'evening' }],
  languages: ['nl', 'ar'], gender: 'female', skills: ['math'],
};
/** @type {import('@driehoek/domain/matching').MatchCandidateMentee} */
const sara = {
  id: 'm-sara', organisationId: 'org', programmeId: 'home-mentoring', readyToMatch: true,
  location: { lat: 51.9662, lon: 5.9103 },
  availability: [{ day: 'tuesday', part: 'evening' }, { day: 'friday', part: 'afternoon' }],
  homeLanguages: ['ar', 'nl'], languagesNeeded: ['ar'], waitingSince: '2025-03-01', needs: ['math', 'reading'],
};

const pair = assessPair(ans, sara, DEFAULT_MATCHING_SETTINGS, '2025-06-01');
assert.ok(pair.ok);
assert.equal(pair.score, 675);
console.log('Ans and Sara:', pair.score, 'points;', pair.parts.map((part) => part.part).join(', '));

const noArabic = assessPair({ ...ans, languages: ['nl'] }, sara, DEFAULT_MATCHING_SETTINGS, '2025-06-01');
assert.ok(!noArabic.ok);
assert.deepEqual(noArabic.exclusions.map((exclusion) => exclusion.code), ['MATCHING.LANGUAGE_NOT_SPOKEN']);

/** @type {import('@driehoek/domain/matching').MatchCandidateMentee} */
const tim = { ...sara, id: 'm-tim', homeLanguages: ['nl'], languagesNeeded: [] };
const batch = proposeBatch([ans], [sara, tim], DEFAULT_MATCHING_SETTINGS, '2025-06-01');
assert.deepEqual(batch.matches.map((match) => [match.volunteerId, match.menteeId]), [['v-ans', 'm-sara']]);
assert.deepEqual(batch.unmatched.map((mentee) => [mentee.menteeId, mentee.reason]), [['m-tim', 'MATCHING.VOLUNTEERS_TAKEN']]);
console.log('batch:', batch.matches.length, 'matched,', batch.unmatched.length, 'waiting');
