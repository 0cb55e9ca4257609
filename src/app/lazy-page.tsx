import { lazy, useState, type ComponentType } from 'react';

/**
 * React.lazy, plus `preload()`: once the module is loaded the page renders directly, without suspending.
 * A lazy component suspends on its first render even when its module is already there; a page the server
 * rendered would then hydrate in two passes.
 */
export function lazyPage(load: () => Promise<ComponentType>) {
  let loaded: ComponentType | undefined;
  const remember = () =>
    load().then((component) => {
      loaded = component;
      return component;
    });
  const Lazy = lazy(() => remember().then((component) => ({ default: component })));
  function Page() {
    // Chosen once per mount: switching from Lazy to the loaded component later would remount the page.
    const [Component] = useState(() => loaded ?? Lazy);
    return <Component />;
  }
  Page.preload = remember;
  return Page;
}
