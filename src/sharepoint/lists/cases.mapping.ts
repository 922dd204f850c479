import { COHORTS } from '../../domain/records';
import type { ListMapping } from './mapping';

export const casesMapping: ListMapping<'cases'> = {
  kind: 'cases',
  key: (c) => c.caseNumber,
  columns: {
    caseNumber: 'RecordId',
    teamId: 'TeamId',
    serviceAreaId: 'ServiceAreaId',
    allocatedWorkerId: 'AllocatedWorkerId',
    cohort: 'Cohort',
    open: 'Open',
  },
  toFields: (c) => ({
    RecordId: c.caseNumber,
    Title: c.caseNumber,
    TeamId: c.teamId,
    ServiceAreaId: c.serviceAreaId,
    AllocatedWorkerId: c.allocatedWorkerId,
    Cohort: c.cohort,
    Open: c.open,
  }),
  fromFields: (read) => ({
    caseNumber: read.text('RecordId', 'caseNumber'),
    teamId: read.text('TeamId', 'teamId'),
    serviceAreaId: read.text('ServiceAreaId', 'serviceAreaId'),
    allocatedWorkerId: read.text('AllocatedWorkerId', 'allocatedWorkerId'),
    cohort: read.choice('Cohort', 'cohort', COHORTS, 'ChildInNeed'),
    open: read.boolean('Open', 'open', true),
  }),
};
