import { Link, useLocation } from 'react-router';
import { isActive, type NavItem } from './nav-items';
import classes from './shell.module.css';

/** Desktop navigation, in the AppShell's navbar. */
export function SidebarNav({ items }: { items: NavItem[] }) {
  const { pathname } = useLocation();
  return (
    <nav aria-label="Navigation principale">
      <ul className={classes.sideList}>
        {items.map((item) => (
          <li key={item.to}>
            <Link
              to={item.to}
              className={classes.sideLink}
              aria-current={isActive(item, pathname) ? 'page' : undefined}
            >
              <item.icon size={20} />
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
