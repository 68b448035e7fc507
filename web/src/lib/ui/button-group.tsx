import { ButtonGroup as UtrechtButtonGroup } from '@utrecht/button-group-react';
import type { ReactNode } from 'react';

/**
 * A row of related buttons with the design system's spacing (@utrecht/button-group-react). It
 * renders a paragraph, so it holds buttons and links only.
 */
export function ButtonGroup({ children }: { children: ReactNode }) {
  return <UtrechtButtonGroup direction="row">{children}</UtrechtButtonGroup>;
}
