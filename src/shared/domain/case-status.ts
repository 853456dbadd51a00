import { z } from 'zod';
import type { Finding } from './allegation';
import { calendarDateSchema, timestampSchema, type CalendarDate, type Timestamp } from './dates';
import { LONG_TEXT_MAX, textSchema } from './ids';
import {
  closureOutcomeSchema,
  closureSchema,
  closuresWithoutFindings,
  type Closure,
} from './outcome';

// The case workflow (domain.md §2) as one pure function, so main refuses exactly what the UI
// greys out, and every refusal carries a reason the UI can explain.

export const stages = ['intake', 'assessment', 'investigation', 'findings', 'action'] as const;
export const stageSchema = z.enum(stages);
export type Stage = z.infer<typeof stageSchema>;

export const caseStatuses = [...stages, 'on-hold', 'closed'] as const;
export const caseStatusSchema = z.enum(caseStatuses);
export type CaseStatus = z.infer<typeof caseStatusSchema>;

export const workflowSchema = z
  .strictObject({
    status: caseStatusSchema,
    /** Where an on-hold case goes back to; null otherwise. */
    resumeTo: stageSchema.nullable(),
    closure: closureSchema.nullable(),
  })
  .refine((w) => (w.status === 'on-hold') === (w.resumeTo !== null), {
    message: 'Only an on-hold case has a stage to resume',
    path: ['resumeTo'],
  })
  .refine((w) => (w.status === 'closed') === (w.closure !== null), {
    message: 'Only a closed case has a closure',
    path: ['closure'],
  });
export type Workflow = z.infer<typeof workflowSchema>;

export const initialWorkflow: Workflow = { status: 'intake', resumeTo: null, closure: null };

/** One line of the status history; a reopen keeps the closure it undid. */
export const statusChangeSchema = z.strictObject({
  from: caseStatusSchema,
  to: caseStatusSchema,
  at: timestampSchema,
  reason: textSchema(LONG_TEXT_MAX),
  closure: closureSchema.optional(),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

// Reasons are plain text here and required by `transition`, not by the schema: one place decides,
// and the refusal names which rule wanted a reason.
const reason = textSchema(LONG_TEXT_MAX);

export const transitionRequestSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('move'), to: stageSchema, reason }),
  z.strictObject({ kind: z.literal('hold'), reason }),
  z.strictObject({ kind: z.literal('resume'), reason }),
  z.strictObject({
    kind: z.literal('close'),
    outcome: closureOutcomeSchema,
    closedOn: calendarDateSchema,
    reason,
  }),
  z.strictObject({ kind: z.literal('reopen'), to: stageSchema, reason }),
]);
export type TransitionRequest = z.infer<typeof transitionRequestSchema>;

export const transitionRefusalCodes = [
  'no-change',
  'case-closed',
  'case-on-hold',
  'not-on-hold',
  'not-closed',
  'reason-required',
  'allegations-pending',
  'closed-before-received',
] as const;
export type TransitionRefusalCode = (typeof transitionRefusalCodes)[number];

export type TransitionRefusal =
  | { code: 'no-change' | 'case-closed' | 'case-on-hold' | 'not-on-hold' | 'not-closed' }
  | {
      code: 'reason-required';
      for: 'backward-move' | 'hold' | 'reopen' | 'closure-without-findings';
    }
  | { code: 'allegations-pending'; allegationIds: string[] }
  | { code: 'closed-before-received' };

export interface TransitionContext {
  allegations: readonly { id: string; finding: Finding }[];
  receivedOn: CalendarDate;
  at: Timestamp;
}

export type TransitionResult =
  | { ok: true; workflow: Workflow; change: StatusChange }
  | { ok: false; refusal: TransitionRefusal };

// Requests parsed by the schema are already trimmed; direct callers may pass raw text.
const blank = (text: string) => text.trim().length === 0;
const stageIndex = (s: Stage) => stages.indexOf(s);
const isStage = (s: CaseStatus): s is Stage => (stages as readonly string[]).includes(s);
const refuse = (refusal: TransitionRefusal): TransitionResult => ({ ok: false, refusal });

function pending(ctx: TransitionContext): string[] {
  return ctx.allegations.filter((a) => a.finding === 'pending').map((a) => a.id);
}

function done(
  from: Workflow,
  workflow: Workflow,
  ctx: TransitionContext,
  why: string,
  closure?: Closure,
): TransitionResult {
  const change: StatusChange = { from: from.status, to: workflow.status, at: ctx.at, reason: why };
  if (closure) change.closure = closure;
  return { ok: true, workflow, change };
}

/** Apply a status change, or say why it is refused. Never throws; never mutates its inputs. */
export function transition(
  current: Workflow,
  request: TransitionRequest,
  ctx: TransitionContext,
): TransitionResult {
  const { status } = current;
  switch (request.kind) {
    case 'move': {
      if (status === 'closed') return refuse({ code: 'case-closed' });
      if (status === 'on-hold') return refuse({ code: 'case-on-hold' });
      if (status === request.to) return refuse({ code: 'no-change' });
      const backward = stageIndex(request.to) < stageIndex(status);
      // Going back (new evidence after findings) rewrites the plan: the file must say why.
      if (backward && blank(request.reason)) {
        return refuse({ code: 'reason-required', for: 'backward-move' });
      }
      // Actions rest on findings: no sanction while an allegation is still undecided.
      if (!backward && stageIndex(request.to) >= stageIndex('action')) {
        const open = pending(ctx);
        if (open.length > 0) return refuse({ code: 'allegations-pending', allegationIds: open });
      }
      return done(
        current,
        { status: request.to, resumeTo: null, closure: null },
        ctx,
        request.reason,
      );
    }
    case 'hold': {
      if (status === 'closed') return refuse({ code: 'case-closed' });
      if (status === 'on-hold') return refuse({ code: 'no-change' });
      if (blank(request.reason)) return refuse({ code: 'reason-required', for: 'hold' });
      return done(
        current,
        { status: 'on-hold', resumeTo: status, closure: null },
        ctx,
        request.reason,
      );
    }
    case 'resume': {
      if (current.status !== 'on-hold' || current.resumeTo === null)
        return refuse({ code: 'not-on-hold' });
      return done(
        current,
        { status: current.resumeTo, resumeTo: null, closure: null },
        ctx,
        request.reason,
      );
    }
    case 'close': {
      if (status === 'closed') return refuse({ code: 'case-closed' });
      if (request.closedOn < ctx.receivedOn) return refuse({ code: 'closed-before-received' });
      if (closuresWithoutFindings.has(request.outcome)) {
        if (blank(request.reason)) {
          return refuse({ code: 'reason-required', for: 'closure-without-findings' });
        }
      } else {
        const open = pending(ctx);
        if (open.length > 0) return refuse({ code: 'allegations-pending', allegationIds: open });
      }
      const closure: Closure = {
        outcome: request.outcome,
        closedOn: request.closedOn,
        reason: request.reason,
      };
      return done(
        current,
        { status: 'closed', resumeTo: null, closure },
        ctx,
        request.reason,
        closure,
      );
    }
    case 'reopen': {
      if (status !== 'closed' || current.closure === null) return refuse({ code: 'not-closed' });
      if (blank(request.reason)) return refuse({ code: 'reason-required', for: 'reopen' });
      return done(
        current,
        { status: request.to, resumeTo: null, closure: null },
        ctx,
        request.reason,
        current.closure,
      );
    }
  }
}

/** Open means still being worked, on hold included: it counts towards ageing and workload. */
export function isOpen(status: CaseStatus): boolean {
  return status !== 'closed';
}

export function stageOf(workflow: Workflow): Stage | null {
  if (isStage(workflow.status)) return workflow.status;
  return workflow.resumeTo;
}
