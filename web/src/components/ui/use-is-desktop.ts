import { useMediaQuery } from '@mantine/hooks';

/** ≥ 768 px: sidebar and tables; below: bottom bar and cards. Read synchronously (no flash). */
export function useIsDesktop(): boolean {
  return useMediaQuery('(min-width: 48em)', undefined, { getInitialValueInEffect: false });
}
