import type { ExitInterviewInput } from '../../../src/main/documents/exit-interview-form';
import type { FinalPaySummaryInput } from '../../../src/main/documents/final-pay-summary';
import type { PropertyChecklistInput } from '../../../src/main/documents/property-checklist';
import { CONTEXT, PEOPLE } from './case-fixtures';

/** Inputs for the final pay summary, property checklist and exit interview (synthetic). */

const signatory = { name: 'Jordan Blake', title: 'Head of People' };

export const FINAL_PAY: FinalPaySummaryInput = {
  employee: PEOPLE[1]!, // 王芳
  signatory,
  caseNumber: 'ER-2026-0042',
  documentDate: '2026-03-27',
  context: CONTEXT,
  jurisdiction: 'US-CA',
  separation: 'discharge',
  lastDay: '2026-03-31',
  payOn: '2026-03-31',
  method: 'direct-deposit',
  items: [
    { label: 'Wages 16–31 March 2026', amountCents: 412_500, note: '88 h at $46.875' },
    { label: 'Commission, Q1 2026', amountCents: 120_000 },
  ],
  accruedLeave: { hours: 37.5, rateCents: 4688, paidOut: true, policy: 'Vacation policy 2024 §4' },
  deductions: [
    {
      label: '401(k) loan balance',
      amountCents: 85_000,
      note: 'Authorised in writing, 2 March 2026',
    },
  ],
  benefits: [
    { name: 'Medical (Blue Shield PPO)', endsOn: '2026-03-31' },
    { name: 'Life insurance', endsOn: '2026-03-31', note: 'Conversion within 31 days' },
    { name: 'Health FSA', endsOn: '2026-03-31', note: 'Claims until 30 June 2026' },
  ],
  cobra: { coverageEndsOn: '2026-03-31' },
};

export const CHECKLIST: PropertyChecklistInput = {
  employee: PEOPLE[0]!, // Nguyễn Thị Minh Khai
  signatory: { name: 'Trần Văn An', title: 'IT asset manager' },
  context: CONTEXT,
  documentDate: '2026-03-27',
  dueOn: '2026-03-31',
  returnTo: 'IT desk, 3rd floor',
  items: [
    { item: 'Laptop (MacBook Pro 14)', category: 'device', assetTag: 'A-4471' },
    { item: 'Badge', category: 'access-card', status: 'returned', returnedOn: '2026-03-27' },
    {
      item: 'Corporate card',
      category: 'payment-card',
      status: 'lost',
      note: 'Cancelled 26 March',
    },
    { item: 'Office keys (2)', category: 'keys' },
  ],
  access: [
    { system: 'Google Workspace', done: true, on: '2026-03-27' },
    { system: 'Payroll system', action: 'Remove approver role' },
  ],
};

export const EXIT: ExitInterviewInput = {
  employee: PEOPLE[2]!, // 刘小明
  signatory,
  context: CONTEXT,
  documentDate: '2026-03-27',
  lastDay: '2026-03-31',
  interviewOn: '2026-03-30',
  interviewer: 'Đặng Quốc Bảo',
  reasons: ['Career advancement', 'Pay'],
  primaryReason: 'Career advancement',
  notice: { given: true, on: '2026-03-03', periodDays: 28 },
  rehire: 'eligible',
  nonCompeteEndsOn: '2027-03-31',
  nonSolicitEndsOn: '2026-09-30',
  alumniContactConsent: true,
};
