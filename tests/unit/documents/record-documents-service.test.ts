import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseContentShape, type CaseContent } from '../../../src/shared/domain/case-doc';
import { emptyMediation } from '../../../src/shared/domain/mediation';
import { intake, person, workbench, type Workbench } from '../cases/helpers';
import { cleanupPdfFiles, flatText, writePdf } from './pdf-tools';

// The statement and the mediation agreement through the IPC channels, as the app makes them:
// listed by documents:available with what is missing, rendered from main's records, audited.

const CANARY = 'CAUCUS-CANARY-SERVICE-51f0';

let wb: Workbench;
let caseId: string;
let khai: string;
let fang: string;
let interviewId: string;

beforeAll(async () => {
  wb = await workbench();
  khai = await person(wb, 'Nguyễn Thị Minh Khai');
  fang = await person(wb, '王芳');
  caseId = (
    await wb.call('cases:create', {
      title: 'Desk-sharing dispute',
      type: 'interpersonal-conflict-mediation',
      intake: intake(khai),
      parties: [
        { personId: khai, role: 'complainant' },
        { personId: fang, role: 'respondent' },
      ],
    })
  ).caseId;
  await wb.call('documents:settings-update', { organisation: { name: 'Acme Widgets Inc.' } });
  const created = await wb.call('interviews:create', {
    caseId,
    personId: khai,
    role: 'complainant',
  });
  interviewId = created.interview.id;
});
afterAll(async () => {
  cleanupPdfFiles();
  await wb.close();
});

const availableItem = async (kind: string) =>
  (await wb.call('documents:available', { caseId })).items.find((i) => i.kind === kind)!;

describe('record documents through the service', () => {
  it('lists both kinds with what they still need', async () => {
    expect(await availableItem('interview-statement')).toMatchObject({
      available: false,
      missing: [expect.stringMatching(/^A finalised interview/)],
    });
    expect(await availableItem('mediation-agreement')).toMatchObject({
      available: false,
      missing: [expect.stringMatching(/^A mediation record/)],
    });
  });

  it('refuses the statement of a draft, then renders and audits the finalised one', async () => {
    const draft = (await wb.call('interviews:get', { caseId, interviewId })).interview;
    const refused = await wb.fail('documents:render', {
      kind: 'interview-statement',
      caseId,
      input: { interviewId },
    });
    expect(refused.code).toBe('InvalidInput');
    expect(refused.message).toMatch(/finalise the interview record first/);
    const { rev: _rev, ...rest } = draft;
    void _rev;
    const entry = {
      id: 'e'.repeat(32),
      kind: 'question' as const,
      origin: 'ad-hoc' as const,
      section: '',
      question: 'What happened at the desk?',
      answer: 'She moved my things without asking.',
      verbatim: true,
      at: null,
      allegationIds: [],
      followUp: null,
    };
    const updated = await wb.call('interviews:update', {
      caseId,
      interviewId,
      expectedRev: draft.rev,
      draft: {
        personId: rest.personId,
        role: rest.role,
        purpose: rest.purpose,
        scheduledOn: '2026-04-02',
        startTime: '09:30',
        endTime: '10:10',
        mode: 'video',
        place: '',
        status: 'done',
        statusReason: '',
        attendees: rest.attendees,
        admonitions: rest.admonitions,
        recordingConsent: 'not-recorded',
        entries: [entry],
        closingNote: '',
        exit: null,
      },
    });
    const finalised = await wb.call('interviews:finalise', {
      caseId,
      interviewId,
      expectedRev: updated.interview.rev,
    });
    await wb.call('interviews:add-addendum', {
      caseId,
      interviewId,
      text: 'Phoned back: 王芳 apologised.',
    });
    expect(await availableItem('interview-statement')).toMatchObject({ available: true });

    const preview = await wb.call('documents:render', {
      kind: 'interview-statement',
      caseId,
      input: { interviewId },
    });
    const text = flatText(writePdf(Buffer.from(preview.base64, 'base64')));
    expect(text).toContain('Nguyễn Thị Minh Khai');
    expect(text).toContain('“She moved my things without asking.”');
    expect(text).toContain('Phoned back: 王芳 apologised.');
    const sha = finalised.interview.finalised!.sha256;
    expect(text).toContain((sha.match(/.{16}/g) ?? []).join(' '));
    const events = await wb.services.workspaces.open().store.auditEvents();
    expect(events.filter((e) => e.action === 'pdf.generated').at(-1)?.openDetails).toMatchObject({
      kind: 'interview-statement',
      interviewId,
      sha256: preview.sha256,
    });
  });

  it('renders the mediation agreement from the shared record only', async () => {
    const { doc, seq } = await wb.call('cases:get', { caseId });
    // The editable part of the case, as the workspace sends it on autosave.
    const content = Object.fromEntries(
      Object.keys(caseContentShape).map((k) => [k, doc[k as keyof typeof doc]]),
    ) as CaseContent;
    const mediation = {
      ...emptyMediation(),
      mediator: 'Đỗ Hoàng Yến',
      suitable: 'yes' as const,
      suitabilityNote: CANARY,
      participants: [
        { personId: khai, consentedOn: '2026-04-01' },
        { personId: fang, consentedOn: '2026-04-01' },
      ],
      sessions: [
        {
          id: '1'.repeat(32),
          kind: 'caucus' as const,
          personId: khai,
          on: '2026-04-03',
          notes: CANARY,
        },
        { id: '2'.repeat(32), kind: 'joint' as const, on: '2026-04-05', notes: 'Ground rules.' },
      ],
      agreement: {
        outcome: 'partial' as const,
        terms: [{ id: '3'.repeat(32), text: 'Desks are assigned by the team lead.' }],
        signedOn: null,
        reviewOn: '2026-06-05',
      },
    };
    const saved = await wb.call('cases:update', {
      caseId,
      expectedSeq: seq,
      content: { ...content, mediation },
    });
    // The review date became a reminder task on that save.
    const after = await wb.call('cases:get', { caseId });
    expect(after.doc.tasks.find((t) => t.source.kind === 'mediation-review')?.dueOn).toBe(
      '2026-06-05',
    );
    expect(saved.seq).toBeGreaterThan(seq);
    expect(await availableItem('mediation-agreement')).toMatchObject({
      available: true,
      missing: [],
    });
    const preview = await wb.call('documents:render', {
      kind: 'mediation-agreement',
      caseId,
      input: {},
    });
    const text = flatText(writePdf(Buffer.from(preview.base64, 'base64')));
    expect(text).toContain('Desks are assigned by the team lead.');
    expect(text).toContain('王芳');
    expect(text).not.toContain(CANARY);
  });
});
