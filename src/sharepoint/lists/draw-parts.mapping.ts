import type { ListMapping } from './mapping';

/** A kept draw's text, in parts: Content is written as is (it is already JSON). */
export const drawPartsMapping: ListMapping<'drawParts'> = {
  kind: 'drawParts',
  key: (p) => p.id,
  columns: { id: 'RecordId', cycleId: 'CycleId' },
  toFields: (p) => ({
    RecordId: p.id,
    Title: `Draw of ${p.cycleId}, part ${String(p.part + 1)} of ${String(p.parts)}`,
    CycleId: p.cycleId,
    Part: p.part,
    Parts: p.parts,
    Content: p.content,
  }),
  fromFields: (read) => ({
    id: read.text('RecordId', 'id'),
    cycleId: read.text('CycleId', 'cycleId'),
    part: read.number('Part', 'part', 0),
    parts: read.number('Parts', 'parts', 1),
    content: read.text('Content', 'content'),
  }),
};
