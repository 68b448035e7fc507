import type { Round, SizeClass } from '@ods/shared';

const ROLE_NL = { 'case-owner': 'casusinbrenger', facilitator: 'gespreksleider', member: '' };
const SIZE_NL: Record<SizeClass, string> = {
  klein: 'klein',
  middelgroot: 'middelgroot',
  groot: 'groot',
  'zeer-groot': 'zeer groot',
  grootste: 'grootste',
};

const day = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});
const clock = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  hour: '2-digit',
  minute: '2-digit',
});

/** "dinsdag 1 december 14:00–15:00", Amsterdam time. */
export function slotText(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  return `${day.format(start)} ${clock.format(start)}–${clock.format(new Date(endsAt))}`;
}

/**
 * A round as plain Dutch text for the terminal: the totals, every group with its explanation
 * and members, and everyone left out with the reason.
 */
export function roundText(round: Round): string {
  const { stats } = round;
  const lines = [
    `Ronde ${round.periodStart} t/m ${round.periodEnd} (${round.id}, seed ${round.settings.seed})`,
    `${stats.poolSize} mensen in de pool, ${stats.eligible} konden meedoen; ` +
      `${stats.matched} ingedeeld in ${stats.groups} groepen, ${stats.leftOut} niet ingedeeld. ` +
      `${stats.slots} mogelijke momenten van ${round.settings.sessionMinutes} minuten.`,
    '',
  ];
  round.groups.forEach((group, index) => {
    lines.push(
      `Groep ${index + 1} · ${group.topic.name.nl} · ${slotText(group.startsAt, group.endsAt)}`,
    );
    lines.push(`  ${group.explanation.nl}`);
    for (const m of group.members) {
      const role = ROLE_NL[m.role] ? ` — ${ROLE_NL[m.role]}` : '';
      lines.push(
        `  - ${m.name} (${m.municipalityName}, ${SIZE_NL[m.sizeClass]}, ${m.province})${role}`,
      );
    }
    lines.push('');
  });
  if (round.leftOut.length > 0) {
    lines.push(`Niet ingedeeld (${round.leftOut.length}):`);
    for (const person of round.leftOut) {
      lines.push(`  - ${person.name} (${person.municipalityName}): ${person.explanation.nl}`);
    }
  } else {
    lines.push('Iedereen in de pool is ingedeeld.');
  }
  return lines.join('\n');
}
