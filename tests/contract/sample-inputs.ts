import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseContentShape, type CaseContent, type CaseDoc } from '../../src/shared/domain/case-doc';
import { draftOf, type Interview } from '../../src/shared/domain/interview';
import type { Channel } from '../../src/shared/ipc/channels';
import type { InputOf } from '../../src/shared/ipc/contract';
import type { ScriptedDialogs } from '../harness/scripted-dialogs';

export interface ScriptContext {
  root: string;
  dialogs: ScriptedDialogs;
  recoveryKey: string;
  vaultPath: string;
  /** Ids and the latest seq the case steps hand each other. */
  personId?: string;
  caseId?: string;
  evidenceId?: string;
  seq?: number;
  doc?: CaseDoc;
  /** SHA-256 of the last documents:render preview, for documents:save. */
  pdfSha256?: string;
  interview?: Interview;
  guideId?: string;
}

const contentOf = (doc: CaseDoc) =>
  Object.fromEntries(
    Object.keys(caseContentShape).map((k) => [k, doc[k as keyof CaseDoc]]),
  ) as CaseContent;

const saved = (value: { seq: number; caseId: string }, ctx: ScriptContext) => {
  ctx.seq = value.seq;
  ctx.caseId = value.caseId;
};

type Step = {
  [C in Channel]: {
    channel: C;
    input: (ctx: ScriptContext) => InputOf<C>;
    after?: (value: never, ctx: ScriptContext) => void;
  };
}[Channel];

const step = <C extends Channel>(
  channel: C,
  input: (ctx: ScriptContext) => InputOf<C>,
  after?: (value: never, ctx: ScriptContext) => void,
): Step => ({ channel, input, after }) as Step;

const none = () => undefined as never;

const keepInterview = (value: { interview: Interview }, ctx: ScriptContext) => {
  ctx.interview = value.interview;
};
const ivRef = (ctx: ScriptContext) => ({
  caseId: ctx.caseId!,
  interviewId: ctx.interview!.id,
  expectedRev: ctx.interview!.rev,
});

/**
 * A script that calls every channel once, in an order where each call can succeed against the real
 * services. The contract test fails when a channel has no step here.
 */
export const script: Step[] = [
  step('app:info', none),
  step('preferences:get', none),
  step('preferences:update', () => ({ theme: 'dark', idleLockMinutes: 10 })),
  step('app:activity', none),
  // Nothing waits for it here: an acknowledgement without a closing window is dropped.
  step('app:ready-to-close', none),
  step('vault:status', none),
  step(
    'vault:create',
    (ctx) => {
      ctx.dialogs.push({ kind: 'directory', path: ctx.root });
      return { name: 'Contract vault', passphrase: 'first passphrase here' };
    },
    (value: { recoveryKey: string; status: { vault: { path: string } } }, ctx) => {
      ctx.recoveryKey = value.recoveryKey;
      ctx.vaultPath = value.status.vault.path;
    },
  ),
  step('vault:save-emergency-kit', (ctx) => {
    ctx.dialogs.push({ kind: 'save', path: join(ctx.root, 'kit.pdf') });
    return undefined as never;
  }),
  step('vault:confirm-recovery-key', (ctx) => ({ recoveryKey: ctx.recoveryKey })),
  step('vault:checkpoint', none),
  step(
    'people:upsert',
    () => ({ person: { name: 'Nguyễn Thị Minh Khai', department: 'Finance' } }),
    (value: { id: string }, ctx) => {
      ctx.personId = value.id;
    },
  ),
  step('people:list', () => ({ query: 'nguyen' })),
  step(
    'cases:create',
    (ctx) => ({
      title: 'Comments at the team offsite',
      type: 'harassment',
      intake: {
        receivedOn: '2026-02-20',
        channel: 'email',
        reportedBy: ctx.personId!,
        account: 'Repeated remarks about my accent during the offsite.',
        desiredOutcome: 'That it stops.',
        acknowledgedOn: null,
        immediateRisk: false,
      },
      parties: [{ personId: ctx.personId!, role: 'complainant' }],
    }),
    saved,
  ),
  step(
    'cases:get',
    (ctx) => ({ caseId: ctx.caseId! }),
    (value: { doc: CaseDoc; seq: number }, ctx) => {
      ctx.doc = value.doc;
      ctx.seq = value.seq;
    },
  ),
  step(
    'cases:update',
    (ctx) => ({
      caseId: ctx.caseId!,
      expectedSeq: ctx.seq!,
      content: { ...contentOf(ctx.doc!), investigator: 'Sam Rivera' },
    }),
    saved,
  ),
  step(
    'cases:transition',
    (ctx) => ({
      caseId: ctx.caseId!,
      expectedSeq: ctx.seq!,
      request: { kind: 'move', to: 'assessment', reason: '' },
    }),
    saved,
  ),
  step(
    'evidence:import',
    (ctx) => {
      const file = join(ctx.root, 'chat export.txt');
      writeFileSync(file, 'You sound funny when you present.\n');
      ctx.dialogs.push({ kind: 'open', paths: [file] });
      return {
        caseId: ctx.caseId!,
        expectedSeq: ctx.seq!,
        source: 'Forwarded by the complainant',
        collectedBy: 'Sam Rivera',
        collectedOn: '2026-02-21',
        description: 'Team chat export',
      };
    },
    (value: { seq: number; items: { id: string }[] }, ctx) => {
      ctx.seq = value.seq;
      ctx.evidenceId = value.items[0]!.id;
    },
  ),
  step('evidence:view', (ctx) => ({ caseId: ctx.caseId!, evidenceId: ctx.evidenceId! })),
  step('evidence:export', (ctx) => {
    ctx.dialogs.push({ kind: 'save', path: join(ctx.root, 'exported chat.txt') });
    return { caseId: ctx.caseId!, evidenceId: ctx.evidenceId! };
  }),
  step('documents:settings-get', none),
  step('documents:settings-update', () => ({
    organisation: {
      name: 'Acme Widgets Inc.',
      addressLines: ['100 Market Street', 'San Francisco, CA 94105'],
      contact: { name: 'Jordan Blake', title: 'Head of People', email: 'people@acme.example' },
    },
  })),
  step('documents:available', (ctx) => ({ caseId: ctx.caseId! })),
  step(
    'documents:render',
    (ctx) => ({
      kind: 'property-checklist',
      caseId: ctx.caseId!,
      input: {
        employeeId: ctx.personId!,
        signatory: { name: 'Trần Văn An', title: 'IT asset manager' },
        dueOn: '2026-03-31',
        items: [{ item: 'Laptop', category: 'device', assetTag: 'A-4471' }],
      },
    }),
    (value: { sha256: string }, ctx) => {
      ctx.pdfSha256 = value.sha256;
    },
  ),
  step('documents:save', (ctx) => {
    ctx.dialogs.push({ kind: 'save', path: join(ctx.root, 'checklist.pdf') });
    return { caseId: ctx.caseId!, kind: 'property-checklist', sha256: ctx.pdfSha256! };
  }),
  step(
    'interviews:create',
    (ctx) => ({ caseId: ctx.caseId!, personId: ctx.personId!, role: 'complainant' }),
    keepInterview,
  ),
  step(
    'interviews:apply-guide',
    (ctx) => ({ ...ivRef(ctx), guideId: 'builtin:harassment-complainant' }),
    keepInterview,
  ),
  step(
    'interviews:update',
    (ctx) => {
      const draft = draftOf(ctx.interview!);
      draft.entries[0] = {
        ...draft.entries[0]!,
        answer: 'At the offsite dinner.',
        at: new Date().toISOString(),
      };
      return { ...ivRef(ctx), draft };
    },
    keepInterview,
  ),
  step('interviews:get', (ctx) => ({ caseId: ctx.caseId!, interviewId: ctx.interview!.id })),
  step('interviews:reorder', (ctx) => ({ caseId: ctx.caseId!, order: [ctx.interview!.id] })),
  step('interviews:finalise', (ctx) => ivRef(ctx), keepInterview),
  step('interviews:add-addendum', (ctx) => ({
    caseId: ctx.caseId!,
    interviewId: ctx.interview!.id,
    text: 'Recalled a second occasion.',
  })),
  step('interviews:record-review', (ctx) => ({
    caseId: ctx.caseId!,
    interviewId: ctx.interview!.id,
    review: { outcome: 'signed', on: '2026-02-25', corrections: '', reason: '' },
  })),
  step(
    'interviews:create',
    (ctx) => ({ caseId: ctx.caseId!, personId: ctx.personId!, role: 'complainant', kind: 'exit' }),
    keepInterview,
  ),
  step('interviews:delete', (ctx) => ({ caseId: ctx.caseId!, interviewId: ctx.interview!.id })),
  step('guides:list', none),
  step(
    'guides:save',
    () => ({
      guide: {
        name: 'Our witness guide',
        caseTypes: ['harassment'],
        role: 'witness',
        questions: [{ section: '', text: 'What did you see?' }],
      },
    }),
    (value: { id: string }, ctx) => {
      ctx.guideId = value.id;
    },
  ),
  step('guides:delete', (ctx) => ({ id: ctx.guideId! })),
  step('cases:list', () => ({})),
  step('cases:search', () => ({ query: 'nguyen khai' })),
  step('cases:dashboard', none),
  step('tasks:due-soon', () => ({})),
  step('cases:numbering-get', none),
  step('cases:numbering-update', () => ({ prefix: 'hr' })),
  step('people:get', (ctx) => ({ personId: ctx.personId! })),
  step('vault:rename', () => ({ name: 'Renamed vault' })),
  step('vault:change-passphrase', () => ({
    current: 'first passphrase here',
    next: 'second passphrase here',
  })),
  step(
    'vault:rotate-recovery-key',
    () => ({ passphrase: 'second passphrase here' }),
    (value: { recoveryKey: string }, ctx) => {
      ctx.recoveryKey = value.recoveryKey;
    },
  ),
  step('vault:lock', none),
  step('vault:unlock', () => ({ passphrase: 'second passphrase here' })),
  step('vault:recover', (ctx) => ({
    recoveryKey: ctx.recoveryKey,
    newPassphrase: 'third passphrase here',
  })),
  step('vault:close', none),
  step('vault:open', (ctx) => ({ path: ctx.vaultPath })),
  // The open vault cannot be forgotten (Conflict); forgetting an unlisted folder is a no-op.
  step('vault:forget', (ctx) => ({ path: join(ctx.root, 'not-listed') })),
];
