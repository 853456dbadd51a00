import { afterAll, describe, expect, it } from 'vitest';
import { renderKind, type KindRequest } from '../../../src/main/documents/document-kinds';
import { personIndex } from '../../../src/main/documents/document-kit';
import { withCaseRecords } from '../../../src/main/documents/report-from-case';
import { documentRequestSchemas, renderableKinds } from '../../../src/shared/ipc/document-contract';
import { CONTEXT, P, REPORT_DETAILS } from './case-fixtures';
import { cleanupPdfFiles, flatText, writePdf } from './pdf-tools';
import { CAUCUS_CANARY, INTERVIEW, recordCase, RECORD_PEOPLE } from './record-fixtures';

// Issue #5: "private caucus notes are absent from every shared output". Every kind the app can
// render is rendered from a case whose mediation has the canary in each caucus note and in the
// suitability note, and none of them may print it.

const signatory = { name: 'Jordan Blake', title: 'Head of People' };
const employee = { signatory, employeeId: P.wang };
const { interviews: _i, credibility: _c, ...detailsWithoutRecords } = REPORT_DETAILS;
void _i;
void _c;

const inputs: Record<(typeof renderableKinds)[number], unknown> = {
  report: detailsWithoutRecords,
  'termination-letter': {
    ...employee,
    jurisdiction: 'US-CA',
    separation: 'discharge',
    lastDay: '2026-03-31',
    finalPay: { payOn: '2026-03-31', method: 'direct-deposit' },
    benefits: { coverageEndsOn: '2026-03-31' },
    property: ['Laptop'],
  },
  'separation-agreement': {
    ...employee,
    jurisdiction: 'US-CA',
    separationDate: '2026-03-31',
    deliveredOn: '2026-03-20',
    programme: 'individual',
    consideration: 'Four weeks’ pay',
    governingState: 'California',
  },
  'final-pay-summary': {
    ...employee,
    jurisdiction: 'US-CA',
    separation: 'discharge',
    lastDay: '2026-03-31',
    payOn: '2026-03-31',
    method: 'check',
    items: [{ label: 'Wages', amountCents: 100_00 }],
  },
  'property-checklist': { ...employee, dueOn: '2026-03-31', items: [{ item: 'Badge' }] },
  'exit-interview': { ...employee, lastDay: '2026-03-31' },
  'disciplinary-notice': {
    ...employee,
    level: 'written',
    manager: 'Head of Finance',
    facts: 'The remark of 14 January.',
    policies: ['Dignity at Work policy'],
    expectations: ['Treat colleagues with respect.'],
  },
  'interview-statement': { interviewId: INTERVIEW.khai },
  'mediation-agreement': {},
};

afterAll(cleanupPdfFiles);

describe('private caucus notes', () => {
  const doc = recordCase();
  const people = personIndex(RECORD_PEOPLE);

  it.each([...renderableKinds])('never reach the %s', async (kind) => {
    const parsed = documentRequestSchemas[kind].parse(inputs[kind]);
    // As document-service does: the report's interview and credibility parts from the case.
    const input =
      kind === 'report' ? withCaseRecords(parsed as typeof REPORT_DETAILS, doc) : parsed;
    const request = { kind, caseId: doc.id, input, redacted: false } as KindRequest;
    const text = flatText(writePdf((await renderKind(request, doc, people, CONTEXT)).pdf.bytes));
    expect(text.length).toBeGreaterThan(200);
    expect(text).not.toContain(CAUCUS_CANARY);
    // Nor the caucus notes' other words, in case a canary is ever cut by a line break.
    expect(text).not.toContain('feels excluded');
    expect(text).not.toContain('worried about her review');
  });

  it('never reach the redacted report', async () => {
    const input = withCaseRecords(detailsWithoutRecords, doc, { redacted: true });
    const request: KindRequest = { kind: 'report', input, redacted: true };
    const text = flatText(writePdf((await renderKind(request, doc, people, CONTEXT)).pdf.bytes));
    expect(text).toContain('Redacted copy');
    expect(text).not.toContain(CAUCUS_CANARY);
    // Attendees typed on the interview are no people records: their names are left out.
    expect(text).toContain('present: interviewer (10:00–11:05); companion (10:00–11:05)');
    for (const name of ['Lê Thu', '陈静', 'Nguyễn Thị Minh Khai', '王芳']) {
      expect(text).not.toContain(name);
    }
  });

  it('are in the case the documents were made from', () => {
    const notes = doc.mediation!.sessions.map((s) => s.notes).join(' ');
    expect(notes.split(CAUCUS_CANARY)).toHaveLength(3);
    expect(doc.mediation!.suitabilityNote).toContain(CAUCUS_CANARY);
  });
});
