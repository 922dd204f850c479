import { useState } from 'react';
import type {
  AllocationCommitResponse,
  AllocationPreviewResponse,
  AllocationRules,
} from '../../contract/cycles';
import { useSession } from '../app/session-context';
import { useCommand } from '../api/use-command';
import type { RulesForm } from './cycles.types';

export const DEFAULT_RULES: RulesForm = {
  casesPerAuditor: '2',
  stratifyByCohort: true,
  excludeRecentCycles: '2',
  // Section 7, step 4: the aim is every audit moderated.
  moderationShare: '100',
  lowAgreement: '60',
};

/** Form values → the API's rules; null with a message per field when something is off. */
export const rulesOf = (
  form: RulesForm,
): { rules: AllocationRules | null; issues: Record<string, string> } => {
  const issues: Record<string, string> = {};
  const perAuditor = Number(form.casesPerAuditor);
  const recent = Number(form.excludeRecentCycles);
  const share = Number(form.moderationShare);
  const low = Number(form.lowAgreement);
  if (!Number.isInteger(perAuditor) || perAuditor < 1 || perAuditor > 20) {
    issues['casesPerAuditor'] = 'Enter a whole number from 1 to 20';
  }
  if (!Number.isInteger(recent) || recent < 0 || recent > 12) {
    issues['excludeRecentCycles'] = 'Enter a whole number from 0 to 12';
  }
  if (!Number.isFinite(share) || share < 0 || share > 100) {
    issues['moderationShare'] = 'Enter a percentage from 0 to 100';
  }
  if (!Number.isFinite(low) || low < 0 || low > 100) {
    issues['lowAgreement'] = 'Enter a percentage from 0 to 100';
  }
  if (Object.keys(issues).length > 0) return { rules: null, issues };
  return {
    issues,
    rules: {
      sampleSize: { kind: 'perAuditor', casesPerAuditor: perAuditor },
      stratifyByCohort: form.stratifyByCohort,
      excludeRecentCycles: recent,
      moderation: { share: share / 100, lowAgreementThreshold: low / 100, lowAgreementShare: 1 },
    },
  };
};

/** Preview the draw (writes nothing), then commit exactly that draw with its seed. */
export function useAllocation(
  cycleId: string,
  version: string,
  onCommitted: (r: AllocationCommitResponse) => void,
) {
  const { api } = useSession();
  const [form, setForm] = useState<RulesForm>(DEFAULT_RULES);
  const [preview, setPreview] = useState<{
    rules: AllocationRules;
    result: AllocationPreviewResponse;
  } | null>(null);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const previewCommand = useCommand(async () => {
    const { rules, issues: found } = rulesOf(form);
    setIssues(found);
    if (rules === null) return null;
    const result = await api.allocationPreview(cycleId, rules);
    setPreview({ rules, result });
    return result;
  });
  const commitCommand = useCommand(async () => {
    if (preview === null) return null;
    const body = { ...preview.rules, seed: preview.result.draw.seed, version };
    const result = await api.allocationCommit(cycleId, body);
    onCommitted(result);
    return result;
  });
  const update = (patch: Partial<RulesForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setPreview(null);
  };
  return { form, update, issues, preview: preview?.result ?? null, previewCommand, commitCommand };
}
