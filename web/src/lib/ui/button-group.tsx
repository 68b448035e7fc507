import type { ReactNode } from 'react';

/** A row of related buttons with the design system's spacing. */
export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="utrecht-button-group utrecht-button-group--row">{children}</div>;
}
