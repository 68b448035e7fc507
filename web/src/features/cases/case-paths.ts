import { PATHS } from '../../lib/routing/paths.ts';

/** The page of one case (the editor for a draft, the case itself otherwise). */
export function casePath(id: string): string {
  return `${PATHS.cases}/${encodeURIComponent(id)}`;
}
