import { describe, expect, it } from 'vitest';
import { fieldLabel, problemSentence } from './problem-text.ts';

describe('problemSentence', () => {
  it.each([
    [
      {
        code: 'negative-goals',
        path: ['legs', 0, 'score', 0],
        message: 'legs[0].score[0] is -1: goals cannot be negative',
      },
      'Home goals in leg 1 cannot be negative',
    ],
    [
      {
        code: 'negative-goals',
        path: ['legs', 1, 'penalties', 1],
        message: 'legs[1].penalties[1] is -2: goals cannot be negative',
      },
      'Away penalties in leg 2 cannot be negative',
    ],
    [
      {
        code: 'too-small',
        path: ['body', 'id'],
        message: 'body.id: a competition id: lower-case letters, digits and dashes',
      },
      'The id is not valid: a competition id: lower-case letters, digits and dashes',
    ],
    [
      {
        code: 'unknown-team',
        path: ['legs', 0, 'home'],
        message: 'legs[0].home is "x", which is not in this tie (a v d)',
      },
      'The home team in leg 1 is "x", which is not in this tie (a v d)',
    ],
    [
      {
        code: 'invalid-format',
        path: ['body', 'teams', 2, 'country'],
        message: 'body.teams.2.country: a 3-letter country code such as TUN',
      },
      'The country code of team 3 is not valid: a 3-letter country code such as TUN',
    ],
    [
      { code: 'version-conflict', path: ['If-Match'], message: 'the competition is at version 3' },
      'The competition is at version 3',
    ],
  ])('says %j as %s', (e, sentence) => {
    expect(problemSentence(e)).toBe(sentence);
  });

  it('labels fields of the extra time and of a request body', () => {
    expect(fieldLabel(['legs', 1, 'extraTime', 0])).toBe('Home goals in extra time in leg 2');
    expect(fieldLabel(['body', 'kickoff'])).toBe('The kick-off time');
  });
});
