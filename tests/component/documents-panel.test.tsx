import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { OutputOf } from '@shared/ipc/contract';
import type { DocumentPreview } from '@shared/ipc/document-contract';
import { fail, ok } from '@shared/ipc/result';
import { LEGAL_REVIEW_NOTE } from '@shared/domain/termination-rules';
import { createFakeClient } from './fake-api';
import { makeDoc, makePerson, withCases } from './fake-cases-api';
import { renderWorkspace } from './workspace-harness';

// pdf.js needs a real canvas; the panel's part is handing it the bytes (and the password).
const drawn = vi.hoisted(() => ({ calls: [] as { size: number; password?: string }[] }));
vi.mock('@renderer/features/cases/workspace/pdf-render', () => ({
  renderPdf: async (bytes: Uint8Array, target: HTMLElement, _s: AbortSignal, password?: string) => {
    drawn.calls.push({ size: bytes.length, ...(password ? { password } : {}) });
    for (let i = 0; i < 3; i += 1) target.append(document.createElement('canvas'));
    return 3;
  },
}));

type Items = OutputOf<'documents:available'>['items'];

const ITEMS: Items = [
  { kind: 'report', title: 'Investigation report', available: true, draft: false, missing: [] },
  {
    kind: 'separation-agreement',
    title: 'Separation agreement',
    available: true,
    draft: false,
    missing: [],
  },
  {
    kind: 'termination-letter',
    title: 'Termination letter',
    available: false,
    draft: false,
    missing: ['The termination date: the effective date of the termination action.'],
  },
  {
    kind: 'interview-statement',
    title: 'Interview statement',
    available: false,
    draft: false,
    missing: ['Not available yet: needs the interviews module.'],
  },
  {
    kind: 'mediation-agreement',
    title: 'Mediation agreement',
    available: true,
    draft: false,
    missing: [],
  },
];

const SHA = 'ab'.repeat(32);
const preview = (extra: Partial<DocumentPreview> = {}): DocumentPreview => ({
  kind: 'report',
  caseId: 'c',
  documentId: 'ER-2026-0042-report-1a2b3c4d',
  fileName: 'ER-2026-0042 Investigation report.pdf',
  base64: btoa('%PDF-1.7 fake'),
  sha256: SHA,
  size: 61_234,
  pageCount: 3,
  encrypted: false,
  redacted: false,
  draft: false,
  auditCheckpoint: 'Audit checkpoint #7 · 0ca36883a4a07ef4',
  warnings: [],
  missingCharacters: [],
  ...extra,
});

function setup(items: Items = ITEMS) {
  const fake = createFakeClient();
  const priya = makePerson('Priya Raman');
  const doc = makeDoc({
    number: 'ER-2026-0042',
    title: 'Remarks in the stand-up',
    parties: [{ personId: priya.id, role: 'respondent' }],
  });
  withCases(fake, { docs: [doc], people: [priya] });
  fake.handle('documents:available', ({ caseId }) => ok({ caseId, items }));
  fake.handle('documents:check', () => ok({ warnings: [] }));
  fake.handle('documents:render', (input) => ok(preview({ caseId: input.caseId })));
  const user = userEvent.setup();
  renderWorkspace(fake, doc.id);
  const open = async () => {
    await user.click(await screen.findByRole('tab', { name: 'Documents' }));
    return screen.findByRole('list', { name: 'Documents this case can produce' });
  };
  const prepare = async (title: string) => {
    await open();
    await user.click(screen.getByRole('button', { name: `Prepare: ${title}` }));
  };
  const calls = (channel: string) => fake.calls.filter((c) => c.channel === channel);
  return { fake, user, doc, open, prepare, calls };
}

/** The field's wrapper: label, input, description and error (react-aria wires them together). */
const fieldOf = (name: string) => screen.getByRole('textbox', { name }).closest('.cw-field')!;

describe('documents panel', { timeout: 20_000 }, () => {
  it('lists every kind main returns, with what is missing in words', async () => {
    const { open } = setup();
    const list = await open();
    const rows = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === list);
    expect(rows.map((r) => within(r).getByRole('heading').textContent)).toEqual(
      ITEMS.map((i) => i.title),
    );
    const letter = rows[2]!;
    expect(letter.textContent).toContain('Not yet');
    expect(letter.textContent).toContain(
      'The termination date: the effective date of the termination action.',
    );
    expect(within(letter).queryByRole('button')).toBeNull();
    expect(rows[3]!.textContent).toContain('Not available yet: needs the interviews module.');
  });

  it('shows the risk warnings of the inputs before anything is generated', async () => {
    const { fake, prepare, user, calls } = setup();
    fake.handle('documents:check', (input) =>
      ok({
        warnings:
          input.kind === 'separation-agreement'
            ? [
                {
                  code: 'age-no-consideration-period',
                  severity: 'error',
                  message: 'The employee is 55: the release must allow 21 days to consider it.',
                  citation: '29 U.S.C. § 626(f) (OWBPA, 1990); 29 C.F.R. § 1625.22',
                  reviewNote: LEGAL_REVIEW_NOTE,
                },
              ]
            : [],
      }),
    );
    await prepare('Separation agreement');
    await user.type(screen.getByRole('textbox', { name: 'Days to consider' }), '0');
    const risks = await screen.findByRole('region', { name: 'Before you generate: 1 legal risk' });
    expect(risks.textContent).toContain('Breaks a rule:');
    expect(risks.textContent).toContain('The employee is 55: the release must allow 21 days');
    expect(risks.textContent).toContain('Rule: 29 U.S.C. § 626(f)');
    expect(risks.textContent).toContain('verify for your jurisdiction');
    const checked = calls('documents:check').at(-1)?.input;
    expect(checked).toMatchObject({
      kind: 'separation-agreement',
      input: { considerationDays: 0, jurisdiction: 'US', programme: 'individual' },
    });
    expect(calls('documents:render')).toHaveLength(0);
  });

  it('puts main’s field errors beside the fields after Generate', async () => {
    const { fake, prepare, user } = setup();
    fake.handle('documents:render', () =>
      fail('InvalidInput', 'Invalid input for documents:render', {
        issues: [
          { path: 'input.startedOn', message: 'Invalid ISO date' },
          {
            path: 'input.reviewer.name',
            message: 'Too small: expected string to have >=1 characters',
          },
        ],
      }),
    );
    await prepare('Investigation report');
    await user.type(screen.getByRole('textbox', { name: "Reviewer's title" }), 'Counsel');
    await user.click(screen.getByRole('button', { name: 'Generate Investigation report' }));
    await waitFor(() => expect(fieldOf('Reviewed by').textContent).toContain('Required.'));
    expect(screen.getByRole('textbox', { name: 'Reviewed by' }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(document.body.textContent).toContain('Correct the fields marked above');
    const started = document.querySelector('input[type="date"][aria-invalid="true"]');
    expect(started?.closest('.cw-field')?.textContent).toContain('Enter a full date.');
  });

  it('refuses mismatched passwords in the UI, without calling main', async () => {
    const { prepare, user, calls } = setup();
    await prepare('Investigation report');
    await user.click(screen.getByRole('checkbox', { name: 'Protect the PDF with a password' }));
    await user.type(screen.getByLabelText('Password', { exact: true }), 'open sesame 1');
    await user.type(screen.getByLabelText('Confirm password'), 'open sesame 2');
    await user.click(screen.getByRole('button', { name: 'Generate Investigation report' }));
    expect(await screen.findByText("The passwords don't match.")).toBeTruthy();
    expect(calls('documents:render')).toHaveLength(0);
    await user.clear(screen.getByLabelText('Password', { exact: true }));
    await user.type(screen.getByLabelText('Password', { exact: true }), 'short');
    expect(screen.getByText('Use at least 8 characters.')).toBeTruthy();
  });

  it('shows the preview from the bytes, then saves through main and shows where', async () => {
    const { fake, prepare, user, calls } = setup();
    fake.handle('documents:save', ({ sha256 }) =>
      ok({
        saved: true,
        sha256,
        fileName: 'report.pdf',
        path: '/Users/avery/Documents/report.pdf',
      }),
    );
    await prepare('Investigation report');
    await user.click(screen.getByRole('checkbox', { name: /Redacted copy/ }));
    await user.type(screen.getByRole('textbox', { name: 'Commissioned by' }), 'Dana Whitfield');
    await user.click(screen.getByRole('button', { name: 'Generate Investigation report' }));
    const pages = await screen.findByRole('region', { name: 'Pages of the Investigation report' });
    await waitFor(() => expect(pages.querySelectorAll('canvas')).toHaveLength(3));
    expect(screen.getByText('3 pages')).toBeTruthy();
    expect(screen.getByTestId('preview-sha256').textContent).toBe(SHA);
    expect(calls('documents:render').at(-1)?.input).toMatchObject({
      kind: 'report',
      redacted: true,
      input: { commissionedBy: 'Dana Whitfield', scope: '', policies: [] },
    });
    expect(calls('documents:render').at(-1)?.input).not.toHaveProperty('password');

    await user.click(screen.getByRole('button', { name: 'Save…' }));
    expect(await screen.findByText('Saved to /Users/avery/Documents/report.pdf')).toBeTruthy();
    expect(screen.getByTestId('saved-sha256').textContent).toBe(SHA);
    expect(calls('documents:save').at(-1)?.input).toMatchObject({ kind: 'report', sha256: SHA });
  });

  it('opens a protected preview with the password it was generated with', async () => {
    const { fake, prepare, user } = setup();
    fake.handle('documents:render', (input) =>
      ok(preview({ caseId: input.caseId, encrypted: Boolean(input.password) })),
    );
    drawn.calls.length = 0;
    await prepare('Investigation report');
    await user.click(screen.getByRole('checkbox', { name: 'Protect the PDF with a password' }));
    await user.type(screen.getByLabelText('Password', { exact: true }), 'open sesame 1');
    await user.type(screen.getByLabelText('Confirm password'), 'open sesame 1');
    await user.click(screen.getByRole('button', { name: 'Generate Investigation report' }));
    expect(await screen.findByText('Password-protected')).toBeTruthy();
    await waitFor(() => expect(drawn.calls.at(-1)?.password).toBe('open sesame 1'));
  });

  it('says what to do when saving fails, and when the dialog was closed', async () => {
    const { fake, prepare, user } = setup();
    fake.handle('documents:save', () =>
      ok({ saved: false, sha256: null, fileName: null, path: null }),
    );
    await prepare('Investigation report');
    await user.click(screen.getByRole('button', { name: 'Generate Investigation report' }));
    await user.click(await screen.findByRole('button', { name: 'Save…' }));
    expect(await screen.findByText('Not saved: the save dialog was closed.')).toBeTruthy();
    fake.failNext('documents:save', 'NotFound', 'That preview is no longer held in memory.');
    await user.click(screen.getByRole('button', { name: 'Save…' }));
    expect(await screen.findByText('Generate the document again, then save it.')).toBeTruthy();
  });

  it('shows a busy state while main renders, and Cancel drops the late answer', async () => {
    const { fake, prepare, user } = setup();
    const held = fake.hold('documents:render');
    await prepare('Investigation report');
    await user.click(screen.getByRole('button', { name: 'Generate Investigation report' }));
    const bar = await screen.findByRole('progressbar', {
      name: 'Generating Investigation report…',
    });
    expect(bar.hasAttribute('aria-valuenow')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText(/Cancelled: nothing is shown/)).toBeTruthy();
    held.release();
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('region', { name: 'Preview: Investigation report' })).toBeNull();
  });

  it('offers the mediation agreement with only a date to fill in, and says caucus notes stay out', async () => {
    const { prepare, calls } = setup();
    await prepare('Mediation agreement');
    expect(screen.getByText(/Private caucus notes are never included/)).toBeTruthy();
    const card = screen
      .getByRole('heading', { name: 'Mediation agreement', level: 3 })
      .closest('.ws-card')!;
    expect(within(card as HTMLElement).queryAllByRole('textbox')).toHaveLength(0);
    await waitFor(() =>
      expect(calls('documents:check').at(-1)?.input).toMatchObject({
        kind: 'mediation-agreement',
        input: {},
      }),
    );
  });

  it('keeps the form as typed across tabs while the case is open, but never the password', async () => {
    const { prepare, user, open } = setup();
    await prepare('Investigation report');
    await user.type(screen.getByRole('textbox', { name: 'Commissioned by' }), 'Dana Whitfield');
    await user.click(screen.getByRole('checkbox', { name: 'Protect the PDF with a password' }));
    await user.type(screen.getByLabelText('Password', { exact: true }), 'open sesame 1');
    await user.click(screen.getByRole('tab', { name: 'Overview' }));
    await open();
    const commissioned = await screen.findByRole('textbox', { name: 'Commissioned by' });
    expect((commissioned as HTMLInputElement).value).toBe('Dana Whitfield');
    expect(screen.queryByLabelText('Password', { exact: true })).toBeNull();
  });
});
