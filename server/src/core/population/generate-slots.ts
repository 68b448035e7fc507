import { amsterdamToEpoch } from '../matcher/amsterdam-time.ts';
import type { MatchSlot } from '../matcher/types.ts';

export interface SlotPlan {
  /** First day of the period, 'YYYY-MM-DD' (Amsterdam calendar). */
  firstDay: string;
  days: number;
  /** Start times in Amsterdam wall-clock time, 'HH:MM'. */
  times: string[];
  lengthMinutes: number;
}

/** Candidate slots on the working days (Monday–Friday) of a period, in Amsterdam time. */
export function generateSlots(plan: SlotPlan): MatchSlot[] {
  const [year, month, day] = plan.firstDay.split('-').map(Number) as [number, number, number];
  const slots: MatchSlot[] = [];
  for (let offset = 0; offset < plan.days; offset++) {
    const date = new Date(Date.UTC(year, month - 1, day + offset));
    const weekday = date.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (const time of plan.times) {
      const [hour, minute] = time.split(':').map(Number) as [number, number];
      const start = amsterdamToEpoch(
        date.getUTCFullYear(),
        date.getUTCMonth() + 1,
        date.getUTCDate(),
        hour,
        minute,
      );
      slots.push({
        id: `slot-${date.toISOString().slice(0, 10)}-${time.replace(':', '')}`,
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + plan.lengthMinutes * 60_000).toISOString(),
      });
    }
  }
  return slots;
}
