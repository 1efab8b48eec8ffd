import { lazy, type ComponentType } from 'react';

/**
 * A page whose code loads when it is first shown: the login page does not carry the matching
 * board, and a coordinator downloads the pages they open. Pages are named exports, so this picks
 * the export out of the module (`React.lazy` wants a default export).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any page's props
export function lazyPage<Name extends string, Module extends Record<Name, ComponentType<any>>>(
  load: () => Promise<Module>,
  name: Name,
) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
