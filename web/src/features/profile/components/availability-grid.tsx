import { Checkbox } from '@utrecht/checkbox-react';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { formatMinute } from '@ods/shared/availability';
import { Button } from '../../../lib/ui/button.tsx';
import { classNames } from '../../../lib/ui/class-names.ts';
import { Fieldset } from '../../../lib/ui/fieldset.tsx';
import { GRID_HOURS, GRID_WEEKDAYS, slotKey, type SlotKey } from '../model/availability-slots.ts';

type AvailabilityGridProps = {
  id: string;
  value: ReadonlySet<SlotKey>;
  onChange: (slots: Set<SlotKey>) => void;
  error?: string | undefined;
  /** Saved times the grid cannot show (they are dropped on save); the form says so. */
  hasHiddenTimes?: boolean;
};

type Cell = { row: number; column: number };

const MOVES: Record<string, (cell: Cell) => Cell> = {
  ArrowRight: ({ row, column }) => ({ row, column: column + 1 }),
  ArrowLeft: ({ row, column }) => ({ row, column: column - 1 }),
  ArrowDown: ({ row, column }) => ({ row: row + 1, column }),
  ArrowUp: ({ row, column }) => ({ row: row - 1, column }),
  Home: ({ row }) => ({ row, column: 0 }),
  End: ({ row }) => ({ row, column: GRID_WEEKDAYS.length - 1 }),
};

/**
 * The weekly grid of hourly blocks, Monday to Friday. It is one stop in the tab order: arrow
 * keys move between hours (a "roving tabindex") and Space ticks one, so a keyboard user does not
 * have to tab through fifty boxes.
 */
export function AvailabilityGrid({
  id,
  value,
  onChange,
  error,
  hasHiddenTimes = false,
}: AvailabilityGridProps) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState<Cell>({ row: 0, column: 0 });
  const cellId = (cell: Cell) => `${id}-${GRID_WEEKDAYS[cell.column]}-${GRID_HOURS[cell.row]}`;

  const toggle = (key: SlotKey, on: boolean) => {
    const next = new Set(value);
    if (on) next.add(key);
    else next.delete(key);
    onChange(next);
  };

  const move = (event: KeyboardEvent<HTMLInputElement>, from: Cell) => {
    const step = MOVES[event.key];
    if (!step) return;
    event.preventDefault();
    const target = step(from);
    if (target.row < 0 || target.row >= GRID_HOURS.length) return;
    if (target.column < 0 || target.column >= GRID_WEEKDAYS.length) return;
    setCurrent(target);
    document.getElementById(cellId(target))?.focus();
  };

  return (
    <Fieldset
      id={id}
      legend={t('profile.availability.legend')}
      description={t('profile.availability.description')}
      error={error}
    >
      <div className="ods-availability">
        <table className="utrecht-table ods-availability__table">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {t('profile.availability.timeColumn')}
              </th>
              {GRID_WEEKDAYS.map((weekday) => (
                <th key={weekday} scope="col" className="utrecht-table__header-cell">
                  <span className="ods-day--long">{t(`profile.availability.days.${weekday}`)}</span>
                  <span className="ods-day--short" aria-hidden="true">
                    {t(`profile.availability.shortDays.${weekday}`)}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {GRID_HOURS.map((hour, row) => {
              const span = `${formatMinute(hour * 60)}–${formatMinute((hour + 1) * 60)}`;
              return (
                <tr key={hour} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell ods-availability__hour">
                    {span}
                  </th>
                  {GRID_WEEKDAYS.map((weekday, column) => {
                    const key = slotKey(weekday, hour);
                    const on = value.has(key);
                    const cell = { row, column };
                    const isCurrent = current.row === row && current.column === column;
                    return (
                      <td
                        key={weekday}
                        className={classNames('utrecht-table__cell ods-slot', on && 'ods-slot--on')}
                      >
                        <label className="ods-slot__label" htmlFor={cellId(cell)}>
                          <Checkbox
                            id={cellId(cell)}
                            appearance="html"
                            checked={on}
                            tabIndex={isCurrent ? 0 : -1}
                            onChange={(event) => toggle(key, event.target.checked)}
                            onFocus={() => setCurrent(cell)}
                            onKeyDown={(event) => move(event, cell)}
                          />
                          <span className="ods-visually-hidden">
                            {t('profile.availability.cell', {
                              day: t(`profile.availability.days.${weekday}`),
                              span,
                            })}
                          </span>
                        </label>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="utrecht-paragraph ods-availability__summary">
        {t('profile.availability.count', { count: value.size })}{' '}
        {value.size > 0 ? (
          <Button appearance="subtle" onClick={() => onChange(new Set())}>
            {t('profile.availability.clear')}
          </Button>
        ) : null}
      </p>
      {hasHiddenTimes ? (
        <p className="utrecht-paragraph">{t('profile.availability.hiddenTimes')}</p>
      ) : null}
    </Fieldset>
  );
}
