import type { BadgeProps } from '@fluentui/react-components';
import { Badge } from '@fluentui/react-components';
import type { Grade } from '../../domain/records/grade';
import { STATE_LABELS } from '../../domain/records/labels';
import { useBadgeStyles } from './badges.styles';

const GRADE_COLOURS: Record<Grade, BadgeProps['color']> = {
  Outstanding: 'success',
  Good: 'brand',
  'Requires improvement to be good': 'warning',
  Inadequate: 'danger',
};

/** A grade, or 'Not graded' / 'Not yet shared'. */
export function GradeBadge({
  grade,
  hidden = false,
}: {
  readonly grade: Grade | null;
  readonly hidden?: boolean;
}) {
  const styles = useBadgeStyles();
  if (hidden)
    return (
      <Badge className={styles.badge} appearance="outline" color="informative">
        Not yet shared
      </Badge>
    );
  if (grade === null)
    return (
      <Badge className={styles.badge} appearance="outline" color="informative">
        Not graded
      </Badge>
    );
  return (
    <Badge className={styles.badge} appearance="tint" color={GRADE_COLOURS[grade]}>
      {grade}
    </Badge>
  );
}

/**
 * The grade that stands (moderated where moderated), with the auditor's beside it where the
 * moderation changed it.
 */
export function StandingGradeBadge({
  audit,
}: {
  readonly audit: {
    readonly gradeVisible: boolean;
    readonly standingGrade: Grade | null;
    readonly record: { readonly overallGrade: Grade | null };
  };
}) {
  const auditors = audit.record.overallGrade;
  const changed = audit.gradeVisible && auditors !== null && audit.standingGrade !== auditors;
  return (
    <>
      <GradeBadge grade={audit.standingGrade} hidden={!audit.gradeVisible} />
      {changed ? <span>(moderated; auditor&apos;s grade: {auditors})</span> : null}
    </>
  );
}

/** Record states in plain words: 'InProgress' → 'In progress' (the domain's one table). */
export const stateLabel = (state: string): string =>
  (STATE_LABELS as Readonly<Record<string, string>>)[state] ?? state;

export function StateBadge({ state }: { readonly state: string }) {
  const styles = useBadgeStyles();
  return (
    <Badge className={styles.badge} appearance="outline" color="informative">
      {stateLabel(state)}
    </Badge>
  );
}

export function OverdueBadge() {
  const styles = useBadgeStyles();
  return (
    <Badge className={styles.badge} appearance="tint" color="danger">
      Overdue
    </Badge>
  );
}
