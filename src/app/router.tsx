import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { routes } from './routes';

export function AppRouter() {
  // Created once, on first render, so importing this module (e.g. in tests) has no side effects.
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
