import { describe, expect, it } from 'vitest';
import { isIdentifyingHeader } from './identifying-columns';

describe('columns that could identify a child', () => {
  it.each([
    'Forename',
    'Surname',
    'First Name',
    'Last_Name',
    'Known As',
    "Child's Name",
    'Name',
    'Full name',
    'Date of Birth',
    'DOB',
    'D.O.B.',
    'Address Line 1',
    'Postcode',
    'Post Code',
    'NHS Number',
    'NHS No.',
    'UPN',
    'Unique Pupil Number',
    'Email',
    'Mother name',
    'Ethnicity',
    'Gender',
    'School',
    'Age',
  ])('"%s" is dropped', (header) => {
    expect(isIdentifyingHeader(header)).toBe(true);
  });

  it.each([
    'Case Reference',
    'Person ID',
    'Team',
    'Team Name',
    'Allocated Worker Email',
    'Worker Email',
    'Allocated Worker',
    'Category of Need',
    'Legal Status',
    'Plan Type',
    'Start Date',
    'Stage',
    'Team Manager',
  ])('"%s" is read', (header) => {
    expect(isIdentifyingHeader(header)).toBe(false);
  });
});
