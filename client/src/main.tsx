import './early.ts';
import './app/app.css';
import './editor/editor.css';
import './amendments/amendments.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// React and the editor come in a chunk of their own (about 600 kB), fetched in parallel (modulepreload in
// index.html): this first one only opens the document's connection (early.ts), so that the server loads the
// room while the browser fetches, compiles and runs the rest.
void import('./app/renderApp.tsx').then(({ renderApp }) => renderApp(root));
