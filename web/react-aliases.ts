import { fileURLToPath } from 'node:url';

/**
 * React's modules resolved to Preact's compat layer, in the build and in the web unit tests alike
 * (ADR 033's addendum: a street page's cold load within 150 kB of gzipped JavaScript). The code
 * keeps React's API and types.
 */
export const reactOnPreact = [
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react$/, replacement: fileURLToPath(new URL('./react-on-preact.js', import.meta.url)) },
];
