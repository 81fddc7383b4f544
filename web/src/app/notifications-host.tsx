import { lazy, Suspense, useEffect, useState } from 'react';

// The toasts' container (and @mantine/notifications) is not needed to draw a page: a street page
// loads without it (issue 15 part 6). Its store keeps a toast shown before it mounts.
const Notifications = lazy(() =>
  import('@mantine/notifications').then((m) => ({ default: m.Notifications })),
);

/** Mounts the toasts' container at the user's first tap or key press, which is what any toast follows. */
export function NotificationsHost() {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (wanted) return;
    const want = () => setWanted(true);
    const options = { once: true, capture: true, passive: true } as const;
    window.addEventListener('pointerdown', want, options);
    window.addEventListener('keydown', want, options);
    return () => {
      window.removeEventListener('pointerdown', want, options);
      window.removeEventListener('keydown', want, options);
    };
  }, [wanted]);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <Notifications position="top-right" limit={3} autoClose={4000} />
    </Suspense>
  );
}
