import { describe, expect, it } from 'vitest';
import {
  initialWorkflow,
  transition,
  transitionRequestSchema,
  workflowSchema,
  type TransitionContext,
  type Workflow,
} from '../../../src/shared/domain/case-status';

const at = '2026-04-01T10:00:00.000Z';
const decided: TransitionContext = {
  allegations: [{ id: 'a1', finding: 'substantiated' }],
  receivedOn: '2026-03-01',
  at,
};
const undecided: TransitionContext = {
  ...decided,
  allegations: [
    { id: 'a1', finding: 'substantiated' },
    { id: 'a2', finding: 'pending' },
    { id: 'a3', finding: 'pending' },
  ],
};
const inStage = (status: Workflow['status']): Workflow => ({
  status,
  resumeTo: null,
  closure: null,
});
const closed: Workflow = {
  status: 'closed',
  resumeTo: null,
  closure: { outcome: 'resolved-action-taken', closedOn: '2026-03-30', reason: '' },
};

describe('case workflow: moving between stages', () => {
  it('walks forward intake → assessment → investigation → findings → action without reasons', () => {
    let w = initialWorkflow;
    for (const to of ['assessment', 'investigation', 'findings', 'action'] as const) {
      const r = transition(w, { kind: 'move', to, reason: '' }, decided);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.change).toEqual({ from: w.status, to, at, reason: '' });
      w = r.workflow;
    }
    expect(w.status).toBe('action');
  });

  it('may skip stages forward (an exit case needs no investigation)', () => {
    const r = transition(
      inStage('assessment'),
      { kind: 'move', to: 'action', reason: '' },
      decided,
    );
    expect(r).toMatchObject({ ok: true, workflow: { status: 'action' } });
  });

  it('refuses a move to the current stage', () => {
    const r = transition(
      inStage('findings'),
      { kind: 'move', to: 'findings', reason: 'x' },
      decided,
    );
    expect(r).toEqual({ ok: false, refusal: { code: 'no-change' } });
  });

  it('needs a reason to go back, and accepts one', () => {
    const back = { kind: 'move', to: 'investigation' } as const;
    expect(transition(inStage('findings'), { ...back, reason: '  ' }, decided)).toEqual({
      ok: false,
      refusal: { code: 'reason-required', for: 'backward-move' },
    });
    const r = transition(
      inStage('findings'),
      { ...back, reason: 'New witness came forward' },
      decided,
    );
    expect(r).toMatchObject({ ok: true, workflow: { status: 'investigation' } });
  });

  it('refuses to enter action while allegations are pending, naming them', () => {
    const r = transition(
      inStage('findings'),
      { kind: 'move', to: 'action', reason: '' },
      undecided,
    );
    expect(r).toEqual({
      ok: false,
      refusal: { code: 'allegations-pending', allegationIds: ['a2', 'a3'] },
    });
  });

  it('refuses moves on a closed or on-hold case', () => {
    const move = { kind: 'move', to: 'investigation', reason: 'x' } as const;
    expect(transition(closed, move, decided)).toEqual({
      ok: false,
      refusal: { code: 'case-closed' },
    });
    const held: Workflow = { status: 'on-hold', resumeTo: 'assessment', closure: null };
    expect(transition(held, move, decided)).toEqual({
      ok: false,
      refusal: { code: 'case-on-hold' },
    });
  });
});

describe('case workflow: on hold', () => {
  it('remembers the stage and resumes there', () => {
    const held = transition(
      inStage('investigation'),
      { kind: 'hold', reason: 'Respondent on sick leave' },
      decided,
    );
    expect(held).toMatchObject({
      ok: true,
      workflow: { status: 'on-hold', resumeTo: 'investigation' },
    });
    if (!held.ok) return;
    const resumed = transition(held.workflow, { kind: 'resume', reason: '' }, decided);
    expect(resumed).toMatchObject({
      ok: true,
      workflow: { status: 'investigation', resumeTo: null },
      change: { from: 'on-hold', to: 'investigation' },
    });
  });

  it('needs a reason to hold, refuses holding twice, holding a closed case, and resuming an open one', () => {
    expect(transition(inStage('intake'), { kind: 'hold', reason: '' }, decided)).toEqual({
      ok: false,
      refusal: { code: 'reason-required', for: 'hold' },
    });
    const held: Workflow = { status: 'on-hold', resumeTo: 'intake', closure: null };
    expect(transition(held, { kind: 'hold', reason: 'again' }, decided)).toEqual({
      ok: false,
      refusal: { code: 'no-change' },
    });
    expect(transition(closed, { kind: 'hold', reason: 'x' }, decided)).toEqual({
      ok: false,
      refusal: { code: 'case-closed' },
    });
    expect(transition(inStage('intake'), { kind: 'resume', reason: '' }, decided)).toEqual({
      ok: false,
      refusal: { code: 'not-on-hold' },
    });
  });
});

describe('case workflow: closing and reopening', () => {
  const close = (
    outcome: 'resolved-no-action' | 'no-investigation' | 'respondent-left',
    reason = '',
  ) => ({ kind: 'close', outcome, closedOn: '2026-03-31', reason }) as const;

  it('closes with the closure recorded when every allegation is decided', () => {
    const r = transition(inStage('action'), close('resolved-no-action'), decided);
    expect(r).toEqual({
      ok: true,
      workflow: {
        status: 'closed',
        resumeTo: null,
        closure: { outcome: 'resolved-no-action', closedOn: '2026-03-31', reason: '' },
      },
      change: {
        from: 'action',
        to: 'closed',
        at,
        reason: '',
        closure: { outcome: 'resolved-no-action', closedOn: '2026-03-31', reason: '' },
      },
    });
  });

  it('refuses to close as resolved while an allegation is pending', () => {
    expect(transition(inStage('findings'), close('resolved-no-action'), undecided)).toEqual({
      ok: false,
      refusal: { code: 'allegations-pending', allegationIds: ['a2', 'a3'] },
    });
  });

  it('closes as "no investigation" with pending allegations only with a reason', () => {
    expect(transition(inStage('assessment'), close('no-investigation'), undecided)).toEqual({
      ok: false,
      refusal: { code: 'reason-required', for: 'closure-without-findings' },
    });
    const r = transition(
      inStage('assessment'),
      close('no-investigation', 'Complaint withdrawn at triage'),
      undecided,
    );
    expect(r).toMatchObject({ ok: true, workflow: { status: 'closed' } });
  });

  it('treats "respondent left" like no investigation: a reason instead of findings', () => {
    const r = transition(
      inStage('investigation'),
      close('respondent-left', 'Resigned 2026-03-20'),
      undecided,
    );
    expect(r).toMatchObject({ ok: true, workflow: { closure: { outcome: 'respondent-left' } } });
  });

  it('closes from on hold, and refuses closing twice or before the case was received', () => {
    const held: Workflow = { status: 'on-hold', resumeTo: 'investigation', closure: null };
    expect(transition(held, close('resolved-no-action'), decided)).toMatchObject({
      ok: true,
      workflow: { status: 'closed', resumeTo: null },
    });
    expect(transition(closed, close('resolved-no-action'), decided)).toEqual({
      ok: false,
      refusal: { code: 'case-closed' },
    });
    const early = { ...close('resolved-no-action'), closedOn: '2026-02-28' };
    expect(transition(inStage('action'), early, decided)).toEqual({
      ok: false,
      refusal: { code: 'closed-before-received' },
    });
  });

  it('reopens a closed case with a reason, keeping the undone closure in the history', () => {
    expect(
      transition(closed, { kind: 'reopen', to: 'investigation', reason: '' }, decided),
    ).toEqual({
      ok: false,
      refusal: { code: 'reason-required', for: 'reopen' },
    });
    const r = transition(
      closed,
      { kind: 'reopen', to: 'investigation', reason: 'Appeal upheld' },
      decided,
    );
    expect(r).toEqual({
      ok: true,
      workflow: { status: 'investigation', resumeTo: null, closure: null },
      change: {
        from: 'closed',
        to: 'investigation',
        at,
        reason: 'Appeal upheld',
        closure: closed.closure,
      },
    });
  });

  it('refuses to reopen a case that is not closed', () => {
    expect(
      transition(inStage('action'), { kind: 'reopen', to: 'intake', reason: 'x' }, decided),
    ).toEqual({
      ok: false,
      refusal: { code: 'not-closed' },
    });
  });

  it('does not mutate the workflow it was given', () => {
    const before = inStage('findings');
    const copy = structuredClone(before);
    transition(before, { kind: 'hold', reason: 'x' }, decided);
    expect(before).toEqual(copy);
  });
});

describe('workflow schemas', () => {
  it('refuses a held case without a stage to resume, and a closed case without a closure', () => {
    const held = workflowSchema.safeParse({ status: 'on-hold', resumeTo: null, closure: null });
    expect(held.error?.issues[0]?.path).toEqual(['resumeTo']);
    const shut = workflowSchema.safeParse({ status: 'closed', resumeTo: null, closure: null });
    expect(shut.error?.issues[0]?.path).toEqual(['closure']);
  });

  it('refuses unknown request kinds and extra keys', () => {
    expect(transitionRequestSchema.safeParse({ kind: 'delete', reason: '' }).success).toBe(false);
    const extra = transitionRequestSchema.safeParse({ kind: 'hold', reason: 'x', force: true });
    expect(extra.error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});
