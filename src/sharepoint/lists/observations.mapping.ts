import { GRADES, OBSERVATION_SETTINGS } from '../../domain/records';
import type { ListMapping } from './mapping';
import { dateValue, textValue, titleValue } from './field-values';

export const observationsMapping: ListMapping<'observations'> = {
  kind: 'observations',
  key: (o) => o.id,
  columns: {
    id: 'RecordId',
    setting: 'Setting',
    observedOn: 'ObservedOn',
    observerId: 'ObserverId',
    practitionerId: 'PractitionerId',
    teamId: 'TeamId',
    serviceAreaId: 'ServiceAreaId',
    caseNumber: 'CaseNumber',
    grade: 'Grade',
  },
  toFields: (o) => ({
    RecordId: o.id,
    Title: titleValue(`Observation, ${o.observedOn}`),
    Setting: o.setting,
    ObservedOn: dateValue(o.observedOn),
    ObserverId: o.observerId,
    PractitionerId: o.practitionerId,
    TeamId: o.teamId,
    ServiceAreaId: o.serviceAreaId,
    CaseNumber: o.caseNumber,
    Grade: o.grade,
    Strengths: textValue(o.strengths),
    Development: textValue(o.development),
    Learning: textValue(o.learning),
  }),
  fromFields: (read) => ({
    id: read.text('RecordId', 'id'),
    setting: read.choice('Setting', 'setting', OBSERVATION_SETTINGS, 'Other'),
    observedOn: read.date('ObservedOn', 'observedOn') ?? '',
    observerId: read.text('ObserverId', 'observerId'),
    practitionerId: read.text('PractitionerId', 'practitionerId'),
    teamId: read.text('TeamId', 'teamId'),
    serviceAreaId: read.text('ServiceAreaId', 'serviceAreaId'),
    caseNumber: read.textOrNull('CaseNumber', 'caseNumber'),
    grade: read.choice('Grade', 'grade', GRADES, 'Inadequate'),
    strengths: read.text('Strengths', 'strengths'),
    development: read.text('Development', 'development'),
    learning: read.text('Learning', 'learning'),
  }),
};
