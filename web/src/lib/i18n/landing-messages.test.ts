import { describe, expect, it } from 'vitest';
import { isCovered, LANDING_MESSAGE_PATHS, pickMessages, textKeysIn } from './landing-messages.ts';
import nl from './nl.json';

describe('landing messages', () => {
  it('picks whole sections and single entries, in their nesting', () => {
    const picked = pickMessages(nl, LANDING_MESSAGE_PATHS);
    expect(picked.home).toEqual(nl.home);
    expect(picked.summaries).toEqual({ nav: nl.summaries.nav, notice: nl.summaries.notice });
    expect(picked).not.toHaveProperty('profile');
    expect(() => pickMessages(nl, ['home.nothingHere'])).toThrow('nl.json has no home.nothingHere');
  });

  it('finds literal and built text keys in source, and checks them against the paths', () => {
    const source = 't(\'auth.login.title\'); t("home.intro", { n }); t(`ui.alert.${type}`); t(`x`)';
    expect(textKeysIn(source)).toEqual(['auth.login.title', 'home.intro', 'ui.alert.', 'x']);
    expect(isCovered('ui.alert.', LANDING_MESSAGE_PATHS)).toBe(true);
    expect(isCovered('summaries.notice.link', LANDING_MESSAGE_PATHS)).toBe(true);
    expect(isCovered('summaries.page.title', LANDING_MESSAGE_PATHS)).toBe(false);
    expect(isCovered('homework', LANDING_MESSAGE_PATHS)).toBe(false);
  });
});
