// The same package from CommonJS: `require` gets the CommonJS build with its own declarations.
const assert = require('node:assert/strict');
const { suggestVolunteers, DEFAULT_MATCHING_SETTINGS } = require('@driehoek/domain/matching');
const { generateInstance } = require('@driehoek/domain/testing');
const { addDays, compareDates } = require('@driehoek/domain/calendar');

// A seeded instance is the same on every machine: the same suggestions every run.
const { volunteers, mentees } = generateInstance('region', 7);
const first = suggestVolunteers(mentees[0], volunteers, DEFAULT_MATCHING_SETTINGS, '2025-06-01');
const again = suggestVolunteers(mentees[0], volunteers, DEFAULT_MATCHING_SETTINGS, '2025-06-01');
assert.deepEqual(first, again);
assert.ok(first.length > 0);

assert.equal(addDays('2025-02-28', 1), '2025-03-01');
assert.ok(compareDates('2025-01-05', '2025-01-10') < 0);
console.log('CommonJS:', first.length, 'suggestions for', mentees[0].id);
