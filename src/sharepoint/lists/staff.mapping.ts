import { ROLES } from '../../domain/records';
import type { ListMapping } from './mapping';
import { textValue, titleValue } from './field-values';

export const staffMapping: ListMapping<'staff'> = {
  kind: 'staff',
  key: (member) => member.id,
  columns: {
    id: 'RecordId',
    aadObjectId: 'AadObjectId',
    role: 'Role',
    teamId: 'TeamId',
    serviceAreaId: 'ServiceAreaId',
    active: 'Active',
  },
  toFields: (m) => ({
    RecordId: m.id,
    Title: titleValue(m.displayName),
    AadObjectId: m.aadObjectId,
    Role: m.role,
    TeamId: m.teamId,
    ServiceAreaId: m.serviceAreaId,
    Active: m.active,
    Email: textValue(m.email ?? null),
  }),
  fromFields: (read) => {
    const email = read.textOrNull('Email', 'email');
    return {
      id: read.text('RecordId', 'id'),
      aadObjectId: read.text('AadObjectId', 'aadObjectId'),
      displayName: read.text('Title', 'displayName'),
      // The least privileged role when the stored one is not understood.
      role: read.choice('Role', 'role', ROLES, 'Practitioner'),
      teamId: read.textOrNull('TeamId', 'teamId'),
      serviceAreaId: read.textOrNull('ServiceAreaId', 'serviceAreaId'),
      active: read.boolean('Active', 'active', false),
      ...(email === null ? {} : { email }),
    };
  },
};
