import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { PAGE_ROUTES } from '../lib/routing/page-routes.ts';
import { APP_ROUTES } from './router.tsx';

/** The path of every page in the route tree ('/' for the index route), without the catch-all. */
function pagePaths(routes: RouteObject[], parent = ''): string[] {
  return routes.flatMap((route) => {
    const path = route.index
      ? parent || '/'
      : route.path === undefined
        ? parent
        : route.path.startsWith('/')
          ? route.path
          : `${parent}/${route.path}`;
    const own = route.index || (route.path !== undefined && route.path !== '*') ? [path] : [];
    return [...own, ...pagePaths(route.children ?? [], path)];
  });
}

// The server answers 404 for a path outside PAGE_ROUTES; a page missing from the list would be
// unreachable by a link from a mail, and a stale entry would answer 200 for a page that is gone.
describe('page routes', () => {
  it('lists exactly the paths the browser router has', () => {
    expect([...PAGE_ROUTES].sort()).toEqual(pagePaths(APP_ROUTES).sort());
  });
});

/** Every route object of the tree, children included. */
const allRoutes = (routes: RouteObject[]): RouteObject[] =>
  routes.flatMap((route) => [route, ...allRoutes(route.children ?? [])]);

// The app renders its routes with useRoutes (declarative mode), which ignores the data
// router's `lazy`: a page declared with it rendered nothing at all.
describe('route declarations', () => {
  it('gives every page an element, never the data router’s lazy', () => {
    for (const route of allRoutes(APP_ROUTES)) {
      expect(route, route.path ?? '(index)').not.toHaveProperty('lazy');
      if (route.index || route.path) expect(route.element, route.path ?? '(index)').toBeTruthy();
    }
  });
});
