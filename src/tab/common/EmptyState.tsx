import type { ReactNode } from 'react';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import { useCommonStyles } from './common.styles';

export interface EmptyStateProps {
  readonly title: string;
  readonly children?: ReactNode;
  readonly icon?: ReactNode;
}

export function EmptyState({ title, children, icon }: EmptyStateProps) {
  const styles = useCommonStyles();
  return (
    <div className={styles.empty} role="status">
      <span className={styles.emptyIcon} aria-hidden="true">
        {icon ?? <CheckmarkCircleRegular />}
      </span>
      <strong>{title}</strong>
      {children}
    </div>
  );
}
