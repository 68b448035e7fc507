import { describe, expect, it } from 'vitest';
import type { Profile } from '@ods/shared/api/profile';
import { profileInputWith } from './profile-settings.ts';

const saved: Profile = {
  name: 'Sanne de Vries',
  email: 'sanne@utrecht.nl',
  organisationId: 'gm-utrecht',
  organisationName: 'Utrecht',
  organisationVerified: true,
  jobTitle: 'Consulent',
  topics: [{ slug: 'schuldhulpverlening', level: 'ervaren' }],
  availability: [{ weekday: 2, startMinute: 540, endMinute: 660 }],
  frequencyWeeks: 4,
  avoidOrganisationIds: ['gm-amsterdam'],
  language: 'en',
  awayPeriods: [{ from: '2026-12-24', to: '2027-01-02' }],
  mailPreferences: { reminders: true, summaries: true },
  openToOtherNetworks: false,
  houseRulesAcceptedAt: '2026-11-01T09:00:00.000Z',
  poolStatus: 'paused',
  pausedUntil: '2026-12-01',
  complete: true,
};

describe('profileInputWith', () => {
  it('changes only the given setting and sends every other answer back as saved', () => {
    const input = profileInputWith(saved, {
      mailPreferences: { reminders: false, summaries: true },
    });
    expect(input).toEqual({
      name: 'Sanne de Vries',
      organisationId: 'gm-utrecht',
      jobTitle: 'Consulent',
      topics: saved.topics,
      availability: saved.availability,
      frequencyWeeks: 4,
      avoidOrganisationIds: ['gm-amsterdam'],
      language: 'en',
      awayPeriods: saved.awayPeriods,
      mailPreferences: { reminders: false, summaries: true },
      openToOtherNetworks: false,
      houseRulesAccepted: true,
    });
  });

  it('changes whether one spars beyond one’s network, and nothing else', () => {
    const input = profileInputWith(saved, { openToOtherNetworks: true });
    expect(input.openToOtherNetworks).toBe(true);
    expect(input.mailPreferences).toEqual(saved.mailPreferences);
  });

  it('can clear all away periods', () => {
    expect(profileInputWith(saved, { awayPeriods: [] }).awayPeriods).toEqual([]);
  });
});
