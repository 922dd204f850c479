import { DEFAULT_MAPPING } from '../../domain/register/column-mapping';
import { SAVED_MAPPING_ID, type SavedMapping } from '../../domain/register/register-import';
import type { Versioned } from '../../domain/ports';
import type { Services } from '../services';

/** The QA lead's saved column mapping, with its version; the default when none is saved. */
export async function savedMapping(
  services: Services,
): Promise<{ saved: Versioned<SavedMapping> | null; mapping: SavedMapping }> {
  const saved = await services.store.repo('registerMappings').get(SAVED_MAPPING_ID);
  return {
    saved,
    mapping: saved?.record ?? {
      id: SAVED_MAPPING_ID,
      mapping: DEFAULT_MAPPING,
      updatedBy: null,
      updatedAt: null,
    },
  };
}
