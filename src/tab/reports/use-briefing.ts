import { useEffect, useState } from 'react';
import type { BriefingResponse } from '../../contract/reports';
import { useSession } from '../app/session-context';
import { useCommand } from '../api/use-command';
import { useResource } from '../api/use-resource';
import { saveFile } from './save-file';

/** One key message a line: the textarea's text as the briefing's lines, and back. */
export const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** The seven-minute briefing of a cycle: drafted or as saved, edited, then made. */
export function useBriefing(cycleId: string) {
  const { api, me } = useSession();
  const [generation, setGeneration] = useState(0);
  const briefing = useResource(
    () => api.briefing(cycleId),
    `briefing:${cycleId}:${String(generation)}`,
  );
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const loaded: BriefingResponse | null = briefing.status === 'ready' ? briefing.data : null;
  useEffect(() => {
    if (loaded === null) return;
    setTexts(
      Object.fromEntries(loaded.headings.map((h) => [h, (loaded.sections[h] ?? []).join('\n')])),
    );
  }, [loaded]);
  const make = useCommand(async () => {
    const headings = loaded?.headings ?? [];
    const sections = Object.fromEntries(headings.map((h) => [h, linesOf(texts[h] ?? '')]));
    const made = await api.makeBriefing(cycleId, sections);
    setNotice(
      `The briefing is saved in the document library as version ${made.made.report.documentVersion}.`,
    );
    setGeneration((g) => g + 1);
  });
  const [discussion, setDiscussion] = useState({
    discussedOn: new Date().toISOString().slice(0, 10),
    area: 'childsVoice',
    use: '',
  });
  const record = useCommand(async () => {
    await api.recordDiscussion(cycleId, { ...discussion, teamId: me.teamId ?? '' });
    setNotice('Recorded: your team discussed the briefing.');
    setGeneration((g) => g + 1);
  });
  const download = useCommand(async () => {
    if (loaded?.made == null) return;
    saveFile(await api.download(loaded.made.contentPath), loaded.made.report.documentName);
  });
  return {
    briefing,
    texts,
    setText: (heading: string, text: string) => {
      setTexts((t) => ({ ...t, [heading]: text }));
    },
    canMake: me.role === 'QALead',
    canRecord: me.role === 'TeamManager' && me.teamId !== null,
    discussion,
    setDiscussion,
    record,
    make,
    download,
    notice,
  };
}
