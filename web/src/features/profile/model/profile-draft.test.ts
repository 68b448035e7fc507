import { describe, expect, it } from 'vitest';
import type { Profile } from '@ods/shared/api/profile';
import { slotKey } from './availability-slots.ts';
import {
  draftFromProfile,
  emptyDraft,
  toProfileInput,
  validateDraft,
  type ProfileDraft,
} from './profile-draft.ts';

function completeDraft(): ProfileDraft {
  return {
    ...emptyDraft('nl'),
    name: ' Sanne de Vries ',
    organisationId: 'gm-utrecht',
    jobTitle: 'Consulent schuldhulpverlening',
    topics: [{ slug: 'schuldhulpverlening', level: 'ervaren' }],
    slots: new Set([slotKey(2, 9), slotKey(2, 10)]),
    houseRulesAccepted: true,
  };
}

const savedProfile: Profile = {
  name: 'Sanne de Vries',
  email: 'sanne@utrecht.nl',
  organisationId: 'gm-utrecht',
  organisationName: 'Utrecht',
  organisationVerified: true,
  jobTitle: 'Consulent',
  topics: [{ slug: 'jeugdhulp', level: 'wil-leren' }],
  availability: [{ weekday: 1, startMinute: 540, endMinute: 660 }],
  frequencyWeeks: 8,
  avoidOrganisationIds: ['gm-zeist'],
  language: 'en',
  awayPeriods: [{ from: '2026-12-20', to: '2027-01-04' }],
  mailPreferences: { reminders: false, summaries: true },
  openToOtherNetworks: false,
  houseRulesAcceptedAt: '2026-11-01T10:00:00Z',
  poolStatus: 'active',
  pausedUntil: null,
  complete: true,
};

describe('validateDraft', () => {
  it('accepts a complete draft', () => {
    expect(validateDraft(completeDraft())).toEqual({});
  });

  it('names every missing required answer of a new person at once', () => {
    expect(validateDraft(emptyDraft('nl'))).toEqual({
      name: 'nameRequired',
      organisationId: 'organisationRequired',
      jobTitle: 'jobTitleRequired',
      topics: 'topicsRequired',
      availability: 'availabilityRequired',
      houseRulesAccepted: 'houseRulesRequired',
    });
  });

  it('refuses a sixth topic and over-long text, as the server would', () => {
    const draft = completeDraft();
    draft.topics = ['a', 'b', 'c', 'd', 'e', 'f'].map((slug) => ({
      slug,
      level: 'ervaren' as const,
    }));
    draft.name = 'x'.repeat(121);
    expect(validateDraft(draft)).toMatchObject({ topics: 'topicsTooMany', name: 'nameTooLong' });
  });
});

describe('toProfileInput', () => {
  it('trims text and turns ticked hours into merged blocks', () => {
    const input = toProfileInput(completeDraft(), undefined);
    expect(input.name).toBe('Sanne de Vries');
    expect(input.availability).toEqual([{ weekday: 2, startMinute: 540, endMinute: 660 }]);
  });

  it('keeps what the form does not edit when a saved profile is changed', () => {
    const input = toProfileInput(draftFromProfile(savedProfile), savedProfile);
    expect(input.awayPeriods).toEqual(savedProfile.awayPeriods);
    expect(input.mailPreferences).toEqual(savedProfile.mailPreferences);
    expect(input.availability).toEqual(savedProfile.availability);
    expect(input).toMatchObject({ frequencyWeeks: 8, language: 'en', houseRulesAccepted: true });
  });
});
