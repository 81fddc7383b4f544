import { useClickOutside } from '@mantine/hooks';
import { useEffect, useId, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { IconDots } from '../../components/ui/icons';
import { isActive, type NavItem } from './nav-items';
import classes from './shell.module.css';

/**
 * Phone navigation: the role's four most frequent tasks as big thumb targets at the bottom; the
 * rest goes into « Plus », a
 * plain disclosure panel (no dialog library in the first chunk).
 */
export function BottomNav({ bar, more }: { bar: NavItem[]; more: NavItem[] }) {
  const { pathname } = useLocation();
  // Remember on which page the panel was opened: navigating elsewhere closes it by itself.
  const [openedOn, setOpenedOn] = useState<string | null>(null);
  const opened = openedOn === pathname;
  const setOpened = (open: boolean) => setOpenedOn(open ? pathname : null);
  const panelId = useId();
  const ref = useClickOutside<HTMLElement>(() => setOpenedOn(null));

  useEffect(() => {
    if (!opened) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpenedOn(null);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [opened]);

  const overflow = more.length > 0;
  const moreActive = more.some((item) => isActive(item, pathname));

  return (
    <nav aria-label="Navigation principale" className={classes.bottomBar} ref={ref}>
      {bar.map((item) => (
        <Link
          key={item.to}
          to={item.to}
          className={classes.bottomItem}
          aria-current={isActive(item, pathname) ? 'page' : undefined}
        >
          <item.icon size={24} />
          <span>{item.short ?? item.label}</span>
        </Link>
      ))}
      {overflow ? (
        <>
          <button
            type="button"
            className={classes.bottomItem}
            data-active={moreActive || undefined}
            aria-expanded={opened}
            aria-controls={panelId}
            onClick={() => setOpened(!opened)}
          >
            <IconDots size={24} />
            <span>Plus</span>
          </button>
          <ul id={panelId} className={classes.morePanel} hidden={!opened}>
            {more.map((item) => (
              <li key={item.to}>
                <Link
                  to={item.to}
                  className={classes.moreLink}
                  aria-current={isActive(item, pathname) ? 'page' : undefined}
                >
                  <item.icon size={22} />
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </nav>
  );
}
