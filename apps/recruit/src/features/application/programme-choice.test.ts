import { describe, expect, it } from 'vitest';
import { programmeToShow } from './programme-choice.js';

describe('the programme a restored application shows and sends', () => {
  it('keeps the draft’s programme while it is still open', () => {
    expect(programmeToShow('b', ['a', 'b'])).toBe('b');
  });
  it('asks again when the draft’s programme has closed and several are open', () => {
    expect(programmeToShow('gone', ['a', 'b'])).toBe('');
  });
  it('chooses the only open programme when none (or a closed one) was chosen', () => {
    expect(programmeToShow('', ['a'])).toBe('a');
    expect(programmeToShow('gone', ['a'])).toBe('a');
  });
  it('chooses nothing when nothing is open', () => {
    expect(programmeToShow('gone', [])).toBe('');
  });
});
