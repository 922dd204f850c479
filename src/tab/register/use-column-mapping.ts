import { useEffect, useState } from 'react';
import type { ColumnMappingDto } from '../../contract/register-import';
import {
  REGISTER_FIELDS,
  REQUIRED_FIELDS,
  type RegisterField,
} from '../../domain/register/column-mapping';
import { useSession } from '../app/session-context';
import { useCommand } from '../api/use-command';
import { useResource } from '../api/use-resource';
import { FIELD_LABELS, type MappingForm } from './register.types';

export const formOf = (mapping: ColumnMappingDto): MappingForm =>
  Object.fromEntries(REGISTER_FIELDS.map((f) => [f, mapping.columns[f].join(', ')])) as Record<
    RegisterField,
    string
  >;

/** The form as a mapping (the cohort values kept), or an issue for each field left empty. */
export const mappingOf = (
  form: MappingForm,
  base: ColumnMappingDto,
): { mapping: ColumnMappingDto | null; issues: Partial<Record<RegisterField, string>> } => {
  const columns = Object.fromEntries(
    REGISTER_FIELDS.map((f) => [
      f,
      form[f]
        .split(',')
        .map((h) => h.trim())
        .filter((h) => h !== ''),
    ]),
  ) as Record<RegisterField, string[]>;
  const issues: Partial<Record<RegisterField, string>> = {};
  for (const f of REQUIRED_FIELDS)
    if (columns[f].length === 0)
      issues[f] = `Name at least one column for ${FIELD_LABELS[f].toLowerCase()}`;
  return Object.keys(issues).length > 0
    ? { mapping: null, issues }
    : { mapping: { columns, cohortValues: base.cohortValues }, issues };
};

/** The saved column mapping: shown, edited field by field, saved against its version. */
export function useColumnMapping() {
  const { api } = useSession();
  const resource = useResource(() => api.registerMapping(), 'register-mapping');
  const [form, setForm] = useState<MappingForm | null>(null);
  const [issues, setIssues] = useState<Partial<Record<RegisterField, string>>>({});
  const current = resource.status === 'ready' ? resource.data : null;
  useEffect(() => {
    if (current !== null && form === null) setForm(formOf(current.mapping));
  }, [current, form]);
  const save = useCommand(async () => {
    if (current === null || form === null) return null;
    const { mapping, issues: found } = mappingOf(form, current.mapping);
    setIssues(found);
    if (mapping === null) return null;
    const result = await api.saveRegisterMapping({ ...mapping, version: current.version });
    if (resource.status === 'ready') resource.replace(result);
    setForm(formOf(result.mapping));
    return result;
  });
  const update = (field: RegisterField, value: string) => {
    setForm((f) => (f === null ? f : { ...f, [field]: value }));
  };
  return { resource, current, form, update, issues, save };
}
