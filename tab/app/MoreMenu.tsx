import {
  Menu,
  MenuButton,
  MenuItemLink,
  MenuList,
  MenuPopover,
  MenuTrigger,
  useIsOverflowItemVisible,
} from '@fluentui/react-components';
import { createLink } from '@tanstack/react-router';
import type { NavItem } from './navigation';

const MenuLink = createLink(MenuItemLink);

export interface MoreMenuProps {
  items: NavItem[];
  current: string | null;
  label: string;
  /** The button's look: the same as the one shown while this loads. */
  className: string;
  /** Open as soon as it is shown: the person clicked "More" while its code was loading. */
  openAtStart?: boolean;
}

/** The navigation's "More": the entries its row has no room for (Navigation.tsx), as links in a menu. */
export function MoreMenu({ items, current, label, className, openAtStart = false }: MoreMenuProps) {
  return (
    <Menu defaultOpen={openAtStart}>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton appearance="transparent" className={className}>
          {label}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {items.map((item) => (
            <Entry key={item.id} item={item} current={item.id === current} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function Entry({ item, current }: { item: NavItem; current: boolean }) {
  const visible = useIsOverflowItemVisible(item.id);
  if (visible) return null;
  return (
    <MenuLink to={item.to} aria-current={current ? 'page' : undefined}>
      {item.label}
    </MenuLink>
  );
}
