import { Badge, Button } from '@fluentui/react-components';
import { useId } from 'react';
import type { CycleThemeDto, ThemeDecisionStep } from '../../contract/themes';
import type { Names } from '../../contract/common';
import { formatDate, nameOf } from '../common/format';
import { MergeControl } from './MergeControl';
import { DECISION_LABELS, KIND_LABELS } from './themes.types';
import { useBadgeStyles } from '../common/badges.styles';
import { useThemeStyles } from './themes.styles';

export interface ThemeCardProps {
  readonly theme: CycleThemeDto;
  /** Submitted audits the counts are out of. */
  readonly outOf: number;
  readonly names: Names;
  readonly canDecide: boolean;
  readonly targets: readonly { readonly id: string; readonly label: string }[];
  readonly pending: boolean;
  readonly onDecide: (step: ThemeDecisionStep, intoId?: string) => void;
}

/** One suggested theme: where it was found, example case numbers, and the QA lead's decision. */
export function ThemeCard(props: ThemeCardProps) {
  const { theme, outOf, names, canDecide, targets, pending, onDecide } = props;
  const styles = useThemeStyles();
  const badge = useBadgeStyles();
  const heading = useId();
  const { decision } = theme;
  return (
    <li>
      <article className={styles.card} aria-labelledby={heading}>
        <h3 id={heading} className={styles.heading}>
          {theme.label}
        </h3>
        <div className={styles.badges}>
          <Badge
            className={badge.badge}
            appearance="tint"
            color={theme.kind === 'Strength' ? 'success' : 'warning'}
          >
            {KIND_LABELS[theme.kind]}
          </Badge>
          <Badge
            className={badge.badge}
            appearance="tint"
            color={decision === null ? 'informative' : 'brand'}
          >
            {decision === null ? 'Not decided' : DECISION_LABELS[decision.decision]}
          </Badge>
          {theme.active ? null : (
            <Badge className={badge.badge} appearance="outline" color="informative">
              No longer in the vocabulary
            </Badge>
          )}
        </div>
        <p className={styles.text}>
          Found in {theme.audits} of {outOf} submitted {outOf === 1 ? 'audit' : 'audits'}.
        </p>
        <ul className={styles.counts} aria-label={`${theme.label}: audits by service`}>
          {Object.entries(theme.byService).map(([service, count]) => (
            <li key={service}>
              {nameOf(names, service)}: {count}
            </li>
          ))}
        </ul>
        <p className={styles.text}>
          Example audits: {theme.exampleCaseNumbers.join(', ') || 'none'}
        </p>
        {decision === null ? null : (
          <p className={styles.text}>
            {DECISION_LABELS[decision.decision]}
            {decision.mergedIntoThemeId === null
              ? ''
              : ` into ${targets.find((t) => t.id === decision.mergedIntoThemeId)?.label ?? decision.mergedIntoThemeId}`}{' '}
            by {nameOf(names, decision.decidedById)} on {formatDate(decision.decidedOn)}.
          </p>
        )}
        {canDecide ? (
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={pending}
              onClick={() => {
                onDecide('confirm');
              }}
            >
              Confirm
            </Button>
            <Button
              disabled={pending}
              onClick={() => {
                onDecide('reject');
              }}
            >
              Reject
            </Button>
            <MergeControl
              label={theme.label}
              targets={targets}
              pending={pending}
              onMerge={(into) => {
                onDecide('merge', into);
              }}
            />
          </div>
        ) : null}
      </article>
    </li>
  );
}
