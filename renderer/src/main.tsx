import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n';
import './styles.css';
import './conversation.css';
import './panels.css';
import './console.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
const container = root;
initI18n().then(
  () => {
    createRoot(container).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  },
  (error: unknown) => {
    container.textContent = `Parley could not start: ${String(error)}`;
  },
);
