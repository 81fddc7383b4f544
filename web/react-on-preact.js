/**
 * React's API as Preact's compat layer gives it (ADR 033: the street pages' weight), plus what
 * Mantine 9 takes from React 19.2 and Preact lacks: `Activity`, used by Mantine only under
 * `keepMounted`, which Trame never sets: a hidden activity renders nothing.
 */
export * from 'preact/compat';
export { default } from 'preact/compat';

export function Activity({ mode, children }) {
  return mode === 'hidden' ? null : (children ?? null);
}
