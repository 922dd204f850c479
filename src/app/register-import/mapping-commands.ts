import { can } from '../../domain/access/can';
import { forbidden } from '../../domain/errors';
import type { Versioned } from '../../domain/ports';
import type { ColumnMapping } from '../../domain/register/column-mapping';
import type { SavedMapping } from '../../domain/register/register-import';
import { SAVED_MAPPING_ID } from '../../domain/register/register-import';
import { fail, ok } from '../../domain/result';
import type { RecordCommand } from '../commands/command';
import { savedMapping } from './saved-mapping';

/** The saved mapping with its version, or the default (version 'new') never saved. */
export interface MappingRecords {
  readonly saved: Versioned<SavedMapping> | null;
  readonly mapping: SavedMapping;
}

/** The QA lead saves the column mapping the register import reads exports with. */
export const saveMappingCommand: RecordCommand<MappingRecords, ColumnMapping> = {
  name: 'register.saveMapping',
  ref: () => `register-mapping:${SAVED_MAPPING_ID}`,
  load: (services) => savedMapping(services),
  visible: () => true,
  version: (loaded) => loaded.saved?.version ?? 'new',
  afterSave: (loaded, saved) => {
    const written = [...saved.values()][0] as Versioned<SavedMapping> | undefined;
    return written === undefined ? loaded : { saved: written, mapping: written.record };
  },
  known: () => ({}),
  decide: ({ actor, loaded, input, now }) => {
    if (!can(actor, 'importRegister', new Set()))
      return Promise.resolve(
        fail(forbidden('Only the QA lead sets how the register is imported.')),
      );
    const record: SavedMapping = {
      id: SAVED_MAPPING_ID,
      mapping: input,
      updatedBy: actor.id,
      updatedAt: now,
    };
    return Promise.resolve(
      ok({
        changes: [
          loaded.saved === null
            ? { kind: 'registerMappings', op: 'create', record }
            : {
                kind: 'registerMappings',
                op: 'update',
                record,
                expectedVersion: loaded.saved.version,
              },
        ],
        events: [],
        changedFields: ['mapping'],
      }),
    );
  },
};
