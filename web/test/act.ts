// The app's React runs on Preact's compat layer (web/react-aliases.ts, ADR 033): its act() is
// Preact's, which flushes renders and effects as React's does.
export { act } from 'preact/test-utils';
