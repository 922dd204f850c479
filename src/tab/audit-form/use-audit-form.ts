import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiRequestError, isConflict } from '../api/api-error';
import { useSession } from '../app/session-context';
import type {
  ActionRow,
  AuditFormProps,
  Choice,
  Conflict,
  FieldPath,
  FormValues,
  Issues,
} from './audit-form.types';
import { draftActionsOf, draftOf, rowsFromAudit, valuesFromAudit } from './form-values';
import { applyChoices, changedFields, rebase } from './merge';
import { actionInputsOf, clientIssues, firstIssuePath, serverIssues } from './validation';

/** Moves focus to a field by its `data-field` path (Fluent's Field owns the control's id). */
export const focusField = (path: string, root: ParentNode = document): void => {
  const marked = root.querySelector<HTMLElement>(`[data-field="${path}"]`);
  const control =
    marked?.matches('input, textarea, select, button') === true
      ? marked
      : marked?.querySelector<HTMLElement>('input, textarea, select, button');
  control?.focus();
};

/**
 * The audit form's logic: values, actions, per-field issues (the client's, mirroring the domain,
 * and the server's), saving the draft and submitting with the version, and merging field by
 * field when someone else saved first (409).
 */
export function useAuditForm({ detail, onSaved }: AuditFormProps) {
  const { api } = useSession();
  const audit = detail.audit.record;
  const [base, setBase] = useState<FormValues>(() => valuesFromAudit(audit));
  const [values, setValues] = useState<FormValues>(base);
  const [version, setVersion] = useState(detail.audit.version);
  const [rows, setRows] = useState<readonly ActionRow[]>(() => rowsFromAudit(audit));
  const [savedRows, setSavedRows] = useState<readonly ActionRow[]>(rows);
  const [noActionsNeeded, setNoActionsNeeded] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [server, setServer] = useState<Issues>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState<'saving' | 'submitting' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [focusPath, setFocusPath] = useState<string | null>(null);
  const nextKey = useRef(1);

  // The page's copy moved on without this form saving (the auditor pressed "Start the audit"):
  // take its version and its fields, keeping whatever the auditor has typed since, so the next
  // save is not refused as a conflict with their own change.
  const seenVersion = useRef(detail.audit.version);
  useEffect(() => {
    const outside = detail.audit.version;
    if (outside === seenVersion.current) return;
    seenVersion.current = outside;
    if (outside === version) return;
    const theirs = valuesFromAudit(detail.audit.record);
    setValues((mine) => rebase(mine, base, theirs));
    setBase(theirs);
    setVersion(outside);
  }, [detail.audit.version, detail.audit.record, version, base]);

  const client = useMemo(
    () => clientIssues(audit, values, rows, noActionsNeeded, attempted ? 'submit' : 'draft'),
    [audit, values, rows, noActionsNeeded, attempted],
  );
  const issueOf = (path: string): string | undefined =>
    server[path] ?? (attempted || touched.has(path) ? client[path] : undefined);

  useEffect(() => {
    if (focusPath === null) return;
    focusField(focusPath);
    setFocusPath(null);
  }, [focusPath]);

  const clearServer = (path: string) => {
    if (path in server) setServer(({ [path]: _gone, ...rest }) => rest);
  };
  const setValue = (path: FieldPath, value: string) => {
    setValues((v) => ({ ...v, [path]: value }));
    setTouched((t) => new Set(t).add(path));
    clearServer(path);
  };

  const fail = async (failure: unknown) => {
    setError(failure);
    if (isConflict(failure)) {
      const fresh = await api.audit(audit.id);
      const theirs = valuesFromAudit(fresh.audit.record);
      setConflict({
        fields: changedFields(base, values, theirs),
        theirs,
        version: fresh.audit.version,
      });
    } else if (failure instanceof ApiRequestError && failure.issues.length > 0) {
      const issues = serverIssues(failure.issues);
      setServer(issues);
      setFocusPath(firstIssuePath(issues, rows.length));
    }
  };

  const run = async (kind: 'saving' | 'submitting', send: () => Promise<void>) => {
    setBusy(kind);
    setError(null);
    try {
      await send();
    } catch (failure) {
      await fail(failure).catch(setError);
    } finally {
      setBusy(null);
    }
  };

  const saveDraft = () =>
    run('saving', async () => {
      const answer = await api.saveDraft(audit.id, {
        version,
        draft: { ...draftOf(values), actions: draftActionsOf(rows) },
      });
      setBase(valuesFromAudit(answer.audit.record));
      setSavedRows(rows);
      setVersion(answer.audit.version);
      setSavedAt(new Date());
      onSaved(answer);
    });

  const submit = async () => {
    setAttempted(true);
    const issues = clientIssues(audit, values, rows, noActionsNeeded, 'submit');
    const first = firstIssuePath(issues, rows.length);
    if (first !== null) {
      setFocusPath(first);
      return;
    }
    await run('submitting', async () => {
      const body = {
        version,
        draft: draftOf(values),
        actions: actionInputsOf(rows),
        noActionsNeeded,
      };
      onSaved(await api.auditWrite(audit.id, 'submit', body));
    });
  };

  const resolveConflict = (choices: Readonly<Record<string, Choice>>) => {
    if (conflict === null) return;
    setValues(applyChoices(values, conflict.theirs, choices));
    setBase(conflict.theirs);
    setVersion(conflict.version);
    setConflict(null);
    setError(null);
  };

  const addRow = () => {
    const key = `new-${nextKey.current++}`;
    setRows((r) => [
      ...r,
      { key, description: '', ownerId: audit.workerId, timescaleDays: '', immediate: false },
    ]);
    setNoActionsNeeded(false);
    setFocusPath(`actions.${rows.length}.description`);
  };
  const updateRow = (key: string, patch: Partial<Omit<ActionRow, 'key'>>) => {
    setRows((r) => r.map((row) => (row.key === key ? { ...row, ...patch } : row)));
    setServer((issues) =>
      Object.fromEntries(Object.entries(issues).filter(([path]) => !path.startsWith('actions'))),
    );
  };
  const removeRow = (key: string) => {
    setRows((r) => r.filter((row) => row.key !== key));
  };

  const issueCount = new Set([...Object.keys(server), ...(attempted ? Object.keys(client) : [])])
    .size;
  return {
    audit,
    names: detail.audit.names,
    values,
    setValue,
    rows,
    addRow,
    updateRow,
    removeRow,
    noActionsNeeded,
    setNoActionsNeeded,
    issueOf,
    issueCount,
    busy,
    error,
    savedAt,
    saveDraft,
    submit,
    conflict,
    resolveConflict,
    inadequate: values.overallGrade === 'Inadequate',
    dirty:
      (Object.keys(values) as FieldPath[]).some((p) => values[p] !== base[p]) ||
      JSON.stringify(draftActionsOf(rows)) !== JSON.stringify(draftActionsOf(savedRows)),
  };
}

export type AuditFormModel = ReturnType<typeof useAuditForm>;
