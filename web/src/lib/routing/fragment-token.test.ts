import { describe, expect, it } from 'vitest';
import { tokenFromFragment } from './fragment-token.ts';

describe('tokenFromFragment', () => {
  const token = 'abcDEF123_-abcDEF123_-';

  it('reads the token a mailed link carries after the #', () => {
    expect(tokenFromFragment(`#token=${token}`)).toBe(token);
  });

  it('finds nothing in a link that lost its fragment (e.g. broken by a mail client)', () => {
    expect(tokenFromFragment('')).toBeUndefined();
    expect(tokenFromFragment('#')).toBeUndefined();
  });

  it('rejects a token that was cut short or altered, so the page can say the link is broken', () => {
    expect(tokenFromFragment('#token=abc')).toBeUndefined();
    expect(tokenFromFragment(`#token=${token}%3Cscript%3E`)).toBeUndefined();
  });
});
