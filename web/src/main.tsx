import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/targets.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startAppUpdates } from './app/app-update';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
startAppUpdates();
