import { describe, expect, it } from 'vitest';
import { matchRound } from './match-round.ts';
import { input, person } from './test-fixtures.ts';

const debt = { slug: 'schuldhulpverlening', level: 'ervaren' as const };
const youth = { slug: 'jeugdhulp', level: 'wil-leren' as const };

describe('group explanations', () => {
  it('tells topic, spread, familiarity and time in ten seconds, in Dutch and English', () => {
    const sizes = ['klein', 'middelgroot', 'groot', 'zeer-groot'] as const;
    const pool = sizes.map((sizeClass, i) =>
      person(`p${i + 1}`, { sizeClass, provinceCode: `PV${i}`, availableSlotIds: ['tue'] }),
    );
    const [group] = matchRound(input(pool)).groups;
    expect(group?.explanation).toEqual({
      nl: 'Schuldhulpverlening · 4 gemeenten in 4 provincies · klein, middelgroot, groot, zeer groot · niemand kent elkaar al · dinsdag 1 december 14:00',
      en: 'Debt assistance · 4 municipalities in 4 provinces · small, medium, large, very large · nobody has met before · Tuesday 1 December 14:00',
    });
  });

  it('says how many pairs already know each other or asked to spar again', () => {
    const met = [{ personId: 'p2', count: 1, lastMetAt: '2026-06-01T10:00:00.000Z' }];
    const pool = [
      person('p1', { metBefore: met, provinceCode: 'PV1', availableSlotIds: ['tue'] }),
      person('p2', { provinceCode: 'PV1', availableSlotIds: ['tue'], sparAgain: ['p3'] }),
      person('p3', { provinceCode: 'PV1', availableSlotIds: ['tue'] }),
    ];
    const [group] = matchRound(input(pool)).groups;
    expect(group?.explanation.nl).toContain('3 gemeenten in 1 provincie');
    expect(group?.explanation.nl).toContain(
      '1 tweetal kent elkaar al, 1 tweetal spart graag opnieuw',
    );
    expect(group?.explanation.en).toContain('1 pair has met before, 1 pair asked to spar again');
  });

  it('suggests an experienced facilitator and lists the case owner first', () => {
    const pool = ['p1', 'p2', 'p3', 'p4'].map((id) =>
      person(id, { topics: [{ ...debt, level: id === 'p4' ? 'ervaren' : 'wil-leren' }] }),
    );
    const cases = [{ id: 'c1', ownerId: 'p2', topic: 'schuldhulpverlening' }];
    const [group] = matchRound(input(pool, { cases })).groups;
    expect(group?.members.slice(0, 2)).toEqual([
      { id: 'p2', role: 'case-owner' },
      { id: 'p4', role: 'facilitator' },
    ]);
    expect(group?.members.filter((m) => m.role === 'facilitator')).toHaveLength(1);
  });
});

describe('left-out reasons', () => {
  const reasonOf = (pool: ReturnType<typeof person>[], id: string) =>
    matchRound(input(pool)).leftOut.find((l) => l.id === id);
  const three = ['p2', 'p3', 'p4'].map((id) => person(id));

  it('explains a missing topic, availability, frequency and cap', () => {
    expect(reasonOf([person('p1', { topics: [] }), ...three], 'p1')?.reason).toBe('no-topic');
    expect(reasonOf([person('p1', { availableSlotIds: [] }), ...three], 'p1')?.reason).toBe(
      'no-availability',
    );
    const recent = person('p1', { lastSessionAt: '2026-11-20T10:00:00.000Z', frequencyWeeks: 4 });
    expect(reasonOf([recent, ...three], 'p1')).toEqual({
      id: 'p1',
      reason: 'frequency',
      explanation: {
        nl: 'Je laatste sessie was op 20 november 2026; je spart eens per 4 weken, dus weer vanaf 18 december 2026.',
        en: 'Your last session was on 20 November 2026; you spar once every 4 weeks, so again from 18 December 2026.',
      },
    });
    const capped = reasonOf([person('p1', { sessionsThisMonth: 2 }), ...three], 'p1');
    expect(capped?.reason).toBe('cap-reached');
    expect(capped?.explanation.nl).toBe(
      'Je hebt deze maand al 2 sessies; het maximum is 2 per maand.',
    );
  });

  it('explains no peers on a topic, no common slot and no fitting group', () => {
    const lonely = reasonOf([person('p1', { topics: [youth] }), ...three], 'p1');
    expect(lonely?.reason).toBe('no-peers-on-topic');
    expect(lonely?.explanation.nl).toContain('(Jeugdhulp)');
    const apart = [
      person('p1', { topics: [youth], availableSlotIds: ['thu'] }),
      person('p5', { topics: [youth], availableSlotIds: ['tue'] }),
      person('p6', { topics: [youth], availableSlotIds: ['tue'] }),
      ...three,
    ];
    expect(reasonOf(apart, 'p1')?.reason).toBe('no-common-slot');
    const sameTown = [person('p1', { municipalityCode: 'GM-p2' }), ...three];
    const result = matchRound(input(sameTown));
    expect(result.leftOut.map((l) => l.reason)).toEqual(['no-group-fits']);
    expect(result.leftOut[0]?.explanation).toEqual({
      nl: 'Op jouw onderwerp en tijd: 1 groep had al iemand uit jouw gemeente. In de volgende ronde sta je daardoor vooraan.',
      en: 'On your topic and time: 1 group already had someone from your municipality. That puts you near the front of the next round.',
    });
  });

  // p1 waited least (a session in June), so the others form the group and p1 is the one left out.
  const waitedLeast = { lastSessionAt: '2026-06-01T10:00:00.000Z' };

  it('names an organisation someone asked not to be grouped with, either way round', () => {
    const avoiding = person('p1', { ...waitedLeast, avoidOrganisationIds: ['org-p3'] });
    const own = reasonOf([avoiding, ...three], 'p1');
    expect(own?.reason).toBe('no-group-fits');
    expect(own?.explanation.en).toBe(
      'On your topic and time: 1 group had someone from an organisation that you or they asked not to be grouped with. That puts you near the front of the next round.',
    );
    const avoided = [person('p1', waitedLeast), person('p2', { avoidOrganisationIds: ['org-p1'] })];
    const theirs = reasonOf([...avoided, ...three.slice(1)], 'p1');
    expect(theirs?.explanation.nl).toBe(
      'Op jouw onderwerp en tijd: 1 groep had iemand van een organisatie waarmee jij of die persoon liever niet in een groep zit. In de volgende ronde sta je daardoor vooraan.',
    );
  });

  it('names every obstacle of a group at once: full, same municipality and organisation', () => {
    const p1 = person('p1', {
      ...waitedLeast,
      municipalityCode: 'GM-p2',
      organisationId: 'org-p3',
    });
    const result = matchRound(input([p1, ...three], { settings: { groupSizeMax: 3 } }));
    expect(result.leftOut[0]?.explanation.en).toBe(
      'On your topic and time: 1 group was full, 1 group already had someone from your municipality and 1 group already had someone from your organisation. That puts you near the front of the next round.',
    );
  });

  it('adds the monthly cap to a frequency reason, and the frequency to a cap reason', () => {
    const both = person('p1', {
      lastSessionAt: '2026-11-20T10:00:00.000Z',
      frequencyWeeks: 4,
      sessionsThisMonth: 2,
    });
    expect(reasonOf([both, ...three], 'p1')).toEqual({
      id: 'p1',
      reason: 'frequency',
      explanation: {
        nl: 'Je laatste sessie was op 20 november 2026; je spart eens per 4 weken, dus weer vanaf 18 december 2026. Je hebt deze maand al 2 sessies (maximum 2), dus 2 van je 2 mogelijke momenten in deze maand vielen af.',
        en: 'Your last session was on 20 November 2026; you spar once every 4 weeks, so again from 18 December 2026. You already have 2 sessions this month (maximum 2), so 2 of your 2 possible times this month did not count.',
      },
    });
    // Tuesday is too soon after 18 November; Thursday is allowed by the frequency, not the cap.
    const capFirst = person('p1', {
      lastSessionAt: '2026-11-18T10:00:00.000Z',
      frequencyWeeks: 2,
      sessionsThisMonth: 2,
    });
    expect(reasonOf([capFirst, ...three], 'p1')).toEqual({
      id: 'p1',
      reason: 'cap-reached',
      explanation: {
        nl: 'Je hebt deze maand al 2 sessies; het maximum is 2 per maand. Je spart eens per 2 weken, dus 1 van je 2 mogelijke momenten vielen af (weer vanaf 2 december 2026).',
        en: 'You already have 2 sessions this month; the maximum is 2 a month. You spar once every 2 weeks, so 1 of your 2 possible times did not count (again from 2 December 2026).',
      },
    });
  });

  it('names the monthly cap for someone who was eligible in a later month only', () => {
    const january = person('p1', { sessionsThisMonth: 2, availableSlotIds: ['tue', 'thu', 'jan'] });
    const left = reasonOf([january, ...three], 'p1');
    expect(left?.reason).toBe('no-common-slot');
    expect(left?.explanation.nl).toBe(
      "Collega's op jouw onderwerpen kunnen op andere momenten dan jij. Je hebt deze maand al 2 sessies (maximum 2), dus 2 van je 3 mogelijke momenten in deze maand vielen af. In de volgende ronde sta je daardoor vooraan.",
    );
  });
});

describe('soft goals', () => {
  it('keeps people who met recently apart when it can', () => {
    const met = (id: string) => [{ personId: id, count: 3, lastMetAt: '2026-11-01T10:00:00.000Z' }];
    const pool = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((id) =>
      person(id, { availableSlotIds: ['tue'] }),
    );
    pool[0] = person('p1', { availableSlotIds: ['tue'], metBefore: met('p2') });
    pool[1] = person('p2', { availableSlotIds: ['tue'], metBefore: met('p1') });
    const result = matchRound(input(pool, { settings: { groupSizeMax: 3 } }));
    const ids = result.groups.map((g) => g.members.map((m) => m.id));
    expect(ids.some((g) => g.includes('p1') && g.includes('p2'))).toBe(false);
  });

  it('spreads size classes over the groups', () => {
    const classes = ['klein', 'klein', 'klein', 'grootste', 'grootste', 'grootste'] as const;
    const pool = classes.map((sizeClass, i) =>
      person(`p${i + 1}`, { sizeClass, availableSlotIds: ['tue'] }),
    );
    const result = matchRound(input(pool, { settings: { groupSizeMax: 3 } }));
    for (const group of result.groups) expect(group.score.parts.sizeClassSpread).toBe(1);
  });

  it('leaves out whoever waited least when not everyone fits', () => {
    const pool = ['p1', 'p2', 'p3', 'p4'].map((id, i) =>
      person(id, { lastSessionAt: `2026-0${6 + i}-01T10:00:00.000Z`, availableSlotIds: ['tue'] }),
    );
    const result = matchRound(input(pool, { settings: { groupSizeMax: 3 } }));
    expect(result.leftOut.map((l) => l.id)).toEqual(['p4']);
    expect(result.leftOut[0]?.explanation.nl).toBe(
      'Op jouw onderwerp en tijd: 1 groep was vol. In de volgende ronde sta je daardoor vooraan.',
    );
  });
});
