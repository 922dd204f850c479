import { can } from '../access/can';
import type { AccessRecord, ActionParties } from '../access/relations';
import { relationsTo } from '../access/relations';
import type { TransitionName } from '../access/transitions';
import { TRANSITION_LABELS } from '../access/transitions';
import type { DomainError, FieldIssue } from '../errors';
import { forbidden, invalid, invalidState } from '../errors';
import type { Actor } from '../records/actor';
import { ROLE_LABELS } from '../records/staff';

/** Refuses the transition unless the permission matrix allows it for this actor and record. */
export const authorise = (
  actor: Actor,
  transition: TransitionName,
  record: AccessRecord,
  parties: ActionParties = {},
): DomainError | null =>
  can(actor, transition, relationsTo(actor, record, parties))
    ? null
    : forbidden(
        `A ${ROLE_LABELS[actor.role].toLowerCase()} in your position cannot ${TRANSITION_LABELS[transition]}.`,
      );

/** Refuses the transition unless the record is in one of the allowed states, naming the state. */
export const requireState = <S extends string>(
  record: 'audit' | 'action' | 'moderation',
  current: S,
  allowed: readonly S[],
  transition: TransitionName,
): DomainError | null =>
  allowed.includes(current)
    ? null
    : invalidState(
        `The ${record} is ${current}: to ${TRANSITION_LABELS[transition]} it must be ${allowed.join(' or ')}.`,
      );

/** Refuses the transition when any field issue was found. */
export const requireValid = (issues: readonly FieldIssue[]): DomainError | null =>
  issues.length === 0 ? null : invalid(issues);

export const isBlank = (value: string | null | undefined): boolean =>
  value === null || value === undefined || value.trim() === '';

/** An issue when a required free-text field is blank. */
export const required = (field: string, value: string | null | undefined): FieldIssue[] =>
  isBlank(value) ? [{ field, message: 'is required' }] : [];
