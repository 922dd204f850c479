import type { RecordTypes, Where } from '../../domain/ports/store';
import type { Versioned } from '../../domain/ports/versioned';
import type { MirroredKind } from '../read-model/read-model';
import type { Services } from '../services';

/**
 * The records of a list that equal `where` on every field given (undefined fields are not
 * compared), from the read model: no Graph read but the read model's catching up.
 */
export async function fromModel<K extends MirroredKind>(
  services: Services,
  kind: K,
  where: Where<RecordTypes[K]> = {},
): Promise<readonly Versioned<RecordTypes[K]>[]> {
  const model = await services.readModel.fresh();
  const wanted = Object.entries(where).filter(([, value]) => value !== undefined);
  const rows = model.records(kind);
  if (wanted.length === 0) return rows;
  return rows.filter(({ record }) =>
    wanted.every(
      ([field, value]) => (record as unknown as Record<string, unknown>)[field] === value,
    ),
  );
}
