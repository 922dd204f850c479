import type { ListMapping } from './mapping';
import { dateTimeValue } from './field-values';

export const leasesMapping: ListMapping<'leases'> = {
  kind: 'leases',
  key: (r) => r.id,
  columns: { id: 'RecordId' },
  toFields: (r) => ({
    RecordId: r.id,
    Title: `Lease of ${r.id}`,
    Holder: r.holder,
    ExpiresAt: dateTimeValue(r.expiresAt),
    RenewedAt: dateTimeValue(r.renewedAt),
  }),
  fromFields: (read) => ({
    id: read.text('RecordId', 'id'),
    holder: read.text('Holder', 'holder'),
    expiresAt: read.dateTime('ExpiresAt', 'expiresAt') ?? '',
    renewedAt: read.dateTime('RenewedAt', 'renewedAt') ?? '',
  }),
};
