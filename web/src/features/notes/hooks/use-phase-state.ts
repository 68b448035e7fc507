import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { PHASE_MAP_NAME, readPhaseState, type PhaseState } from '@ods/shared/method/phase-state';

/** The shared phase state from the notes document, kept current as anyone changes it. */
export function usePhaseState(doc: Y.Doc): PhaseState {
  const [state, setState] = useState(() =>
    readPhaseState(Object.fromEntries(doc.getMap(PHASE_MAP_NAME).entries())),
  );
  useEffect(() => {
    const map = doc.getMap(PHASE_MAP_NAME);
    const read = () => setState(readPhaseState(Object.fromEntries(map.entries())));
    read();
    map.observe(read);
    return () => map.unobserve(read);
  }, [doc]);
  return state;
}

/** The current time, corrected by the server's clock offset, once a second. */
export function useServerNow(offsetMs: number): Date {
  const [now, setNow] = useState(() => new Date(Date.now() + offsetMs));
  useEffect(() => {
    const tick = () => setNow(new Date(Date.now() + offsetMs));
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [offsetMs]);
  return now;
}
