import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { useCommonStyles } from './common.styles';

export interface PageHeaderProps {
  readonly title: string;
  readonly subtitle?: string;
  readonly children?: ReactNode;
}

/** The page's one h1, and the document title to match. */
export function PageHeader({ title, subtitle, children }: PageHeaderProps) {
  const styles = useCommonStyles();
  useEffect(() => {
    document.title = `${title} · Audit Loop`;
  }, [title]);
  return (
    <header className={styles.header}>
      <div>
        <h1 className={styles.title}>{title}</h1>
        {subtitle === undefined ? null : <p className={styles.subtitle}>{subtitle}</p>}
      </div>
      {children === undefined ? null : <div className={styles.row}>{children}</div>}
    </header>
  );
}
