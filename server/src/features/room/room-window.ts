import type { SessionState } from '@ods/db';
import type { Language } from '@ods/shared';
import type { Localised } from '../../lib/language.ts';

export interface RoomWindowSettings {
  opensMinutesBefore: number;
  closesMinutesAfter: number;
}

export interface RoomWindow {
  opensAt: Date;
  closesAt: Date;
}

export type RoomPhase = 'not-yet-open' | 'open' | 'closed' | 'cancelled';

/** When a session's room is open: a little before the start until a while after the end. */
export function roomWindow(startsAt: string, endsAt: string, settings: RoomWindowSettings) {
  return {
    opensAt: new Date(Date.parse(startsAt) - settings.opensMinutesBefore * 60_000),
    closesAt: new Date(Date.parse(endsAt) + settings.closesMinutesAfter * 60_000),
  };
}

/** Only planned sessions open: a proposed or moved one has no fixed time to open at. */
export function isPlanned(state: SessionState): boolean {
  return state === 'invited' || state === 'confirmed' || state === 'live' || state === 'held';
}

/**
 * Where the room stands at `now`. A held session stays open until the window closes, so a
 * group that dropped out together can come back.
 */
export function roomPhase(state: SessionState, window: RoomWindow, now: Date): RoomPhase {
  if (state === 'cancelled') return 'cancelled';
  if (now >= window.closesAt) return 'closed';
  if (!isPlanned(state) || now < window.opensAt) return 'not-yet-open';
  return 'open';
}

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** "dinsdag 1 december om 13:45" / "Tuesday 1 December at 13:45", in Amsterdam time. */
export function amsterdamMoment(date: Date, language: Language): string {
  const zone = { timeZone: 'Europe/Amsterdam' } as const;
  const day = date.toLocaleDateString(LOCALES[language], {
    ...zone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });
  const time = date.toLocaleTimeString(LOCALES[language], {
    ...zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return language === 'nl' ? `${day} om ${time}` : `${day} at ${time}`;
}

/** Why the room is not open now, naming when it opens or when it closed. */
export function notOpenMessage(
  phase: 'not-yet-open' | 'closed',
  window: RoomWindow,
  settings: RoomWindowSettings,
): Localised {
  if (phase === 'closed') {
    return {
      nl: `De videoruimte van deze sessie is gesloten sinds ${amsterdamMoment(window.closesAt, 'nl')}.`,
      en: `The video room of this session closed on ${amsterdamMoment(window.closesAt, 'en')}.`,
    };
  }
  const minutes = settings.opensMinutesBefore;
  return {
    nl: `De videoruimte gaat open op ${amsterdamMoment(window.opensAt, 'nl')} (${minutes} minuten voor de start). Kom dan terug naar deze pagina.`,
    en: `The video room opens on ${amsterdamMoment(window.opensAt, 'en')} (${minutes} minutes before the start). Come back to this page then.`,
  };
}
