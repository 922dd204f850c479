import { Link, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  // WCAG 2.2 target size: at least 24 by 24 CSS pixels, even for a short link in a table.
  link: {
    display: 'inline-flex',
    alignItems: 'center',
    minHeight: '24px',
    minWidth: '24px',
    paddingBlock: tokens.spacingVerticalXXS,
  },
});

/** A link in a table cell or list, big enough to hit. */
export function CellLink({
  href,
  children,
}: {
  readonly href: string;
  readonly children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <Link href={href} className={styles.link}>
      {children}
    </Link>
  );
}
