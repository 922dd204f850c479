import type { ListMapping } from './mapping';
import { dateTimeValue } from './field-values';

const SCOPES = ['personal', 'team'] as const;

export const conversationReferencesMapping: ListMapping<'conversationReferences'> = {
  kind: 'conversationReferences',
  key: (ref) => ref.id,
  columns: { id: 'RecordId', key: 'Key', scope: 'Scope' },
  toFields: (r) => ({
    RecordId: r.id,
    Title: `${r.scope} ${r.key}`,
    Key: r.key,
    Scope: r.scope,
    ConversationId: r.conversationId,
    ServiceUrl: r.serviceUrl,
    TenantId: r.tenantId,
    UpdatedAt: dateTimeValue(r.updatedAt),
  }),
  fromFields: (read) => ({
    id: read.text('RecordId', 'id'),
    key: read.text('Key', 'key'),
    scope: read.choice('Scope', 'scope', SCOPES, 'personal'),
    conversationId: read.text('ConversationId', 'conversationId'),
    serviceUrl: read.text('ServiceUrl', 'serviceUrl'),
    tenantId: read.text('TenantId', 'tenantId'),
    updatedAt: read.dateTime('UpdatedAt', 'updatedAt') ?? '',
  }),
};
