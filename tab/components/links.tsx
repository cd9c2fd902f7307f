import type { AnchorHTMLAttributes, Ref } from 'react';
import { Button, Link, type ButtonProps } from '@fluentui/react-components';
import { createLink } from '@tanstack/react-router';

// Links to the tab's own views: real links (an address to copy, open in a new window, come back
// to), which the router follows without reloading the page. Their `to` is typed by the route tree.

type AnchorButtonProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'color'> &
  Pick<ButtonProps, 'appearance' | 'size' | 'icon'> & { ref?: Ref<HTMLAnchorElement> };

/** Fluent's button look on a link, for a step that takes the person to another view. */
function AnchorButton({ ref, ...props }: AnchorButtonProps) {
  return <Button as="a" ref={ref} {...props} />;
}

/** A link to a view, in the words of a sentence. */
export const TextLink = createLink(Link);

/** A link to a view that looks like a button ("See all meetings"). */
export const ButtonLink = createLink(AnchorButton);
