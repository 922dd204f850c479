import { useState } from 'react';
import type { LearningReportDto, ReportDocumentResponse } from '../../contract/reports';
import { useSession } from '../app/session-context';
import { useCommand } from '../api/use-command';
import { useResource } from '../api/use-resource';
import { financialYearOf, saveFile } from './save-file';

/** A cycle's documents, and (for the QA lead) making them: each making is a new version. */
export function useReportDocuments(cycleId: string, cycleStart: string) {
  const { api, me } = useSession();
  const [generation, setGeneration] = useState(0);
  const [narrative, setNarrative] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const documents = useResource(
    () => api.reportDocuments(cycleId),
    `report-documents:${cycleId}:${String(generation)}`,
  );
  const year = financialYearOf(cycleStart);
  const done = (what: string) => (made: ReportDocumentResponse) => {
    setNotice(
      `${what} saved in the document library as version ${made.made.report.documentVersion}.`,
    );
    setGeneration((g) => g + 1);
  };
  const findings = useCommand(async () => {
    done('The findings report')(await api.makeFindingsReport(cycleId, narrative));
  });
  const trackers = useCommand(async () => {
    const made = await api.makeTrackers(cycleId);
    setNotice(`Trackers saved for ${String(made.items.length)} services.`);
    setGeneration((g) => g + 1);
  });
  const annual = useCommand(async () => {
    done(`The annual QA report ${year} to ${String(Number(year) + 1)}`)(
      await api.makeAnnualReport(year, narrative),
    );
  });
  const evidence = useCommand(async () => {
    done(`The evidence pack ${year} to ${String(Number(year) + 1)}`)(
      await api.makeEvidencePack(year),
    );
  });
  const download = useCommand(async (doc: LearningReportDto) => {
    saveFile(await api.download(doc.contentPath), doc.report.documentName);
  });
  const making = findings.pending || trackers.pending || annual.pending || evidence.pending;
  return {
    documents,
    canMake: me.role === 'QALead',
    narrative,
    setNarrative,
    notice,
    year,
    findings,
    trackers,
    annual,
    evidence,
    download,
    making,
    error: findings.error ?? trackers.error ?? annual.error ?? evidence.error ?? download.error,
  };
}
