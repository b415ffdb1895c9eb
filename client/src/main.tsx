import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { requestEarlyDetails } from './app/earlyDetails.ts';
import { route } from './app/route.ts';
import { documentToken } from './app/tokens.ts';
import { startEarlySession } from './collaboration/earlySession.ts';
import './app/app.css';
import './editor/editor.css';
import './amendments/amendments.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const opening = route(window.location.pathname);
const token = opening.page === 'document' ? documentToken(opening.id) : null;
if (opening.page === 'document' && token) {
  requestEarlyDetails(opening.id, token);
  startEarlySession(opening.id, token);
}

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
