// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditDetailResponse } from '../../contract/audits';
import type { StaffPickerEntry } from '../../contract/organisation';
import { anAudit } from '../../domain/fixtures/builders';
import { ApiRequestError } from '../api/api-error';
import { aMe, fakeApi, sessionWrapper } from '../testing/session';
import AuditPage from './AuditPage';

afterEach(cleanup);

const detail: AuditDetailResponse = {
  audit: {
    record: anAudit({ id: 'AUD-1' }),
    version: '1',
    flags: [],
    names: {},
    allowed: ['reallocate', 'assignModerator'],
    gradeVisible: true,
    standingGrade: null,
  },
  moderation: null,
  actions: [],
};

const person = (id: string, name: string, role: StaffPickerEntry['role']): StaffPickerEntry => ({
  id,
  name,
  role,
  teamId: 'team-n2',
  teamName: 'North 2',
  serviceAreaId: 'svc-north',
});

const STAFF: readonly StaffPickerEntry[] = [
  person('staff-tm-riley', 'Riley Manager', 'TeamManager'),
  person('staff-hos-sam', 'Sam Head', 'HeadOfService'),
];

/** The server's answer to a reallocation it refuses: a 400 with the field at fault. */
const refused = new ApiRequestError(
  400,
  'invalid',
  'Auditor: They moderate this audit: choose someone who doesn’t.',
  [{ field: 'auditorId', message: 'they moderate this audit: choose someone who doesn’t' }],
);

const openPage = () => {
  const auditWrite = vi.fn(() => Promise.reject(refused));
  const api = fakeApi({
    audit: () => Promise.resolve(detail),
    staff: () => Promise.resolve({ items: STAFF }),
    auditWrite,
  });
  render(<AuditPage params={{ id: 'AUD-1' }} query={new URLSearchParams()} />, {
    wrapper: sessionWrapper(api, aMe({ role: 'QALead', teamId: null })),
  });
  return auditWrite;
};

const choose = async (picker: HTMLElement, name: RegExp) => {
  fireEvent.click(picker);
  fireEvent.click(await screen.findByRole('option', { name }));
};

describe('the audit page', () => {
  it('shows a refused reallocation beside the auditor picker, in the words the server sent', async () => {
    const auditWrite = openPage();
    const picker = await screen.findByRole('combobox', { name: /Reallocate to another auditor/ });
    await choose(picker, /Riley Manager/);
    fireEvent.click(screen.getByRole('button', { name: 'Reallocate' }));
    await waitFor(() => {
      expect(picker.getAttribute('aria-invalid')).toBe('true');
    });
    expect(auditWrite).toHaveBeenCalledWith('AUD-1', 'reallocate', {
      auditorId: 'staff-tm-riley',
      version: '1',
    });
    const describedBy = (picker.getAttribute('aria-describedby') ?? '').split(' ');
    const said = describedBy.map((id) => document.getElementById(id)?.textContent ?? '');
    expect(said).toContain('They moderate this audit: choose someone who doesn’t');
    const field = picker.closest('.fui-Field');
    expect(field).not.toBeNull();
    if (field instanceof HTMLElement) {
      expect(within(field).getByText('They moderate this audit: choose someone who doesn’t'));
    }
  });

  it('says it there only: not above the page, and not beside the moderator picker', async () => {
    openPage();
    const picker = await screen.findByRole('combobox', { name: /Reallocate to another auditor/ });
    await choose(picker, /Riley Manager/);
    fireEvent.click(screen.getByRole('button', { name: 'Reallocate' }));
    await waitFor(() => {
      expect(picker.getAttribute('aria-invalid')).toBe('true');
    });
    expect(screen.queryByText('That did not work')).toBeNull();
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([
      'They moderate this audit: choose someone who doesn’t',
    ]);
    const moderator = screen.getByRole('combobox', { name: /Assign a moderator/ });
    expect(moderator.getAttribute('aria-invalid')).not.toBe('true');
  });
});
