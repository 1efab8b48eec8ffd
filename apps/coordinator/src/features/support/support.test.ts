import { describe, expect, it } from 'vitest';
import { runningVolunteers } from './volunteers';
import { formatMonth } from './AllowanceSection';
import type { MatchSummary } from '../../api-types';

const match = (id: string, volunteer: { id: string; name: string }, stage: MatchSummary['stage'] = 'active'): MatchSummary => ({
  id,
  programmeId: 'p',
  pupil: { id: `pupil-${id}`, name: 'Pupil' },
  volunteer,
  stage,
  proposedOn: '2026-09-01',
  startedOn: '2026-09-15',
});

describe('intervision attendance', () => {
  it('lists each running volunteer once, by name, and leaves out those whose match does not run', () => {
    const sanne = { id: 'v1', name: 'Sanne de Vries' };
    const bram = { id: 'v2', name: 'Bram Bakker' };
    const ended = { id: 'v3', name: 'Ans Aalders' };
    expect(runningVolunteers([match('m1', sanne), match('m2', bram), match('m3', sanne), match('m4', ended, 'ended')])).toEqual([bram, sanne]);
  });
});

describe('allowance months', () => {
  it('says a month in the reader’s language', () => {
    expect(formatMonth('2026-11', 'nl')).toBe('november 2026');
    expect(formatMonth('2026-11', 'en')).toBe('November 2026');
  });
});
