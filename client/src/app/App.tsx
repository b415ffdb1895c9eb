import { useEffect, useState } from 'react';
import { DocumentPage } from './DocumentPage.tsx';
import { DocumentsPage } from './DocumentsPage.tsx';
import { NAVIGATE_EVENT } from './navigate.ts';
import { route } from './route.ts';

/** The page for the path in the address bar, redrawn on back/forward and on in-app navigation. */
export function App() {
  const [pathname, setPathname] = useState(() => window.location.pathname);

  useEffect(() => {
    const update = () => setPathname(window.location.pathname);
    window.addEventListener('popstate', update);
    window.addEventListener(NAVIGATE_EVENT, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAVIGATE_EVENT, update);
    };
  }, []);

  const current = route(pathname);
  if (current.page === 'documents') return <DocumentsPage />;
  // Keyed by id: moving to another document must start a new connection and editor, not reuse them.
  if (current.page === 'document') return <DocumentPage key={current.id} id={current.id} />;
  return (
    <div className="screen">
      <p className="notice">
        There is nothing at this address. <a href="/">Go to the documents</a>.
      </p>
    </div>
  );
}
