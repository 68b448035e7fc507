import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { Heading } from '../../../lib/ui/heading.tsx';

type Person = { clientId: number; name: string; color: string };

function peopleOf(provider: HocuspocusProvider): Person[] {
  const states = provider.awareness?.getStates() ?? new Map<number, Record<string, unknown>>();
  const people: Person[] = [];
  for (const [clientId, state] of states) {
    const user = (state as { user?: { name?: unknown; color?: unknown } }).user;
    if (typeof user?.name === 'string')
      people.push({
        clientId,
        name: user.name,
        color: typeof user.color === 'string' ? user.color : '#333',
      });
  }
  return people.sort((a, b) => a.name.localeCompare(b.name));
}

/** Who has the notes open right now (one entry per open window). */
export function PresenceList({ provider }: { provider: HocuspocusProvider }) {
  const { t } = useTranslation();
  const [people, setPeople] = useState<Person[]>(() => peopleOf(provider));
  useEffect(() => {
    const refresh = () => setPeople(peopleOf(provider));
    refresh();
    provider.on('awarenessChange', refresh);
    return () => {
      provider.off('awarenessChange', refresh);
    };
  }, [provider]);
  return (
    <div className="ods-notes-presence">
      <Heading level={3} id="notes-presence-heading">
        {t('notes.presence.heading', { count: people.length })}
      </Heading>
      <ul aria-labelledby="notes-presence-heading" className="ods-notes-presence__list">
        {people.map((person) => (
          <li key={person.clientId}>
            <span
              className="ods-notes-presence__dot"
              style={{ backgroundColor: person.color }}
              aria-hidden="true"
            />
            {person.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
