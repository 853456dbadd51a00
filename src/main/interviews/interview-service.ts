import type { CaseDoc } from '../../shared/domain/case-doc';
import { withDerivedTasks } from '../../shared/domain/derived-tasks';
import { planOf, suggestedOrder, type Interview } from '../../shared/domain/interview';
import { entriesFromGuide } from '../../shared/domain/interview-guides';
import type { OutputOf, ParsedInputOf } from '../../shared/ipc/contract';
import { newId } from '../cases/case-doc-rules';
import type { CaseService } from '../cases/case-service';
import type { CaseWorkspaces, OpenWorkspace } from '../cases/workspace';
import { AppError } from '../ipc/app-error';
import type { Clock } from '../ports/clock';
import { SerialQueue } from '../vault-session/serial-queue';
import type { GuideService } from './guide-service';
import { integrityOf, interviewHash } from './interview-hash';
import {
  assertDraft,
  assertRev,
  finalisedContent,
  newInterview,
  stampDraft,
} from './interview-rules';

type Saved = OutputOf<'interviews:update'>;

/** A store Conflict here is another part of the case saved meanwhile: read again and redo. */
const ATTEMPTS = 3;

/**
 * The interview channels (issue #5). Every change is a read-modify-write of the case document,
 * one at a time per case, written as a version main made on its own (so the workspace's next
 * `cases:update` is not refused for it) and conditional on the interview's `rev`.
 */
export class InterviewService {
  private readonly queues = new WeakMap<OpenWorkspace, Map<string, SerialQueue>>();

  constructor(
    private readonly workspaces: CaseWorkspaces,
    private readonly cases: CaseService,
    private readonly guides: GuideService,
    private readonly clock: Clock,
  ) {}

  async create(input: ParsedInputOf<'interviews:create'>): Promise<Saved> {
    const id = newId();
    return this.mutate(input.caseId, id, (doc, now) => {
      assertParty(doc, input.personId);
      const order = suggestedOrder(doc.interviews, input.role);
      const shifted = doc.interviews.map((iv) =>
        iv.order >= order ? { ...iv, order: iv.order + 1 } : iv,
      );
      const interview = newInterview({
        ...input,
        id,
        order,
        now,
        interviewer: doc.investigator ? { id: newId(), name: doc.investigator } : null,
      });
      return { ...doc, interviews: [...shifted, interview] };
    });
  }

  async get(input: ParsedInputOf<'interviews:get'>): Promise<OutputOf<'interviews:get'>> {
    const ws = this.workspaces.open();
    const { value } = await ws.store.readCase<CaseDoc>(input.caseId);
    const interview = find(value, input.interviewId);
    return { interview, integrity: integrityOf(interview) };
  }

  async update(input: ParsedInputOf<'interviews:update'>): Promise<Saved> {
    return this.mutate(input.caseId, input.interviewId, (doc, now) =>
      replace(doc, input.interviewId, (iv) => {
        assertDraft(iv);
        assertRev(iv, input.expectedRev);
        assertParty(doc, input.draft.personId);
        if (input.draft.personId !== iv.personId && iv.entries.some((e) => e.answer !== '')) {
          throw new AppError('InvalidInput', 'Notes were taken with this interviewee.', {
            issues: [{ path: 'personId', message: 'Start a new interview for another person' }],
          });
        }
        return { ...iv, ...stampDraft(iv, input.draft, now) };
      }),
    );
  }

  async applyGuide(input: ParsedInputOf<'interviews:apply-guide'>): Promise<Saved> {
    const guide = await this.guides.find(input.guideId);
    return this.mutate(input.caseId, input.interviewId, (doc, now) =>
      replace(doc, input.interviewId, (iv) => {
        assertDraft(iv);
        assertRev(iv, input.expectedRev);
        return {
          ...iv,
          guide: { templateId: guide.id, name: guide.name, copiedAt: now },
          entries: [...iv.entries, ...entriesFromGuide(guide, newId)],
        };
      }),
    );
  }

  async finalise(input: ParsedInputOf<'interviews:finalise'>): Promise<Saved> {
    const ws = this.workspaces.open();
    const saved = await this.mutate(input.caseId, input.interviewId, (doc, now) =>
      replace(doc, input.interviewId, (iv) => {
        assertDraft(iv);
        assertRev(iv, input.expectedRev);
        const content = finalisedContent(iv);
        return {
          ...content,
          finalised: { at: now, by: ws.access.actor, sha256: interviewHash(content) },
        };
      }),
    );
    await ws.store.recordEvent('interview.finalised', {
      caseId: input.caseId,
      details: { interviewId: input.interviewId, sha256: saved.interview.finalised?.sha256 },
    });
    return saved;
  }

  async addAddendum(input: ParsedInputOf<'interviews:add-addendum'>): Promise<Saved> {
    const ws = this.workspaces.open();
    const addendumId = newId();
    const saved = await this.mutate(input.caseId, input.interviewId, (doc, now) =>
      replace(doc, input.interviewId, (iv) => {
        requireFinalised(iv, 'Addenda are added to a finalised interview; edit the draft instead.');
        const addendum = { id: addendumId, at: now, by: ws.access.actor, text: input.text };
        return { ...iv, addenda: [...iv.addenda, addendum] };
      }),
    );
    await ws.store.recordEvent('interview.addendum', {
      caseId: input.caseId,
      details: { interviewId: input.interviewId, addendumId },
    });
    return saved;
  }

  async recordReview(input: ParsedInputOf<'interviews:record-review'>): Promise<Saved> {
    const ws = this.workspaces.open();
    const saved = await this.mutate(input.caseId, input.interviewId, (doc, now) =>
      replace(doc, input.interviewId, (iv) => {
        requireFinalised(
          iv,
          'Finalise the interview before the interviewee reviews the statement.',
        );
        const review = {
          id: newId(),
          recordedAt: now,
          recordedBy: ws.access.actor,
          ...input.review,
        };
        return { ...iv, reviews: [...iv.reviews, review] };
      }),
    );
    await ws.store.recordEvent('interview.reviewed', {
      caseId: input.caseId,
      details: { interviewId: input.interviewId, outcome: input.review.outcome },
    });
    return saved;
  }

  async reorder(
    input: ParsedInputOf<'interviews:reorder'>,
  ): Promise<OutputOf<'interviews:reorder'>> {
    const { doc, seq } = await this.write(input.caseId, (current) => {
      const ids = current.interviews.map((iv) => iv.id);
      const wanted = new Set(input.order);
      if (
        wanted.size !== input.order.length ||
        ids.length !== wanted.size ||
        !ids.every((id) => wanted.has(id))
      ) {
        throw new AppError(
          'InvalidInput',
          'The new order must list every interview of the case once.',
          {
            issues: [{ path: 'order', message: 'Every interview of the case, each once' }],
          },
        );
      }
      const position = new Map(input.order.map((id, i) => [id, i]));
      return {
        ...current,
        interviews: current.interviews.map((iv) => ({ ...iv, order: position.get(iv.id) ?? 0 })),
      };
    });
    return { interviews: planOf(doc.interviews), seq };
  }

  async delete(input: ParsedInputOf<'interviews:delete'>): Promise<OutputOf<'interviews:delete'>> {
    const { seq } = await this.write(input.caseId, (doc) => {
      const iv = find(doc, input.interviewId);
      assertDraft(iv);
      if (iv.entries.some((e) => e.answer !== '') || iv.closingNote !== '') {
        throw new AppError(
          'InvalidInput',
          'Notes were taken in this interview, so it stays on record.',
          {
            issues: [{ path: 'status', message: 'Mark it declined or unavailable instead' }],
          },
        );
      }
      const rest = planOf(doc.interviews.filter((x) => x.id !== iv.id));
      return { ...doc, interviews: rest.map((x, i) => ({ ...x, order: i })) };
    });
    return { seq };
  }

  /** Change one interview; bumps its rev and time, derives tasks, returns it with the case seq. */
  private async mutate(
    caseId: string,
    interviewId: string,
    change: (doc: CaseDoc, now: string) => CaseDoc,
  ): Promise<Saved> {
    const { doc, seq, added } = await this.write(caseId, (current, now) => {
      const next = change(current, now);
      return replace(next, interviewId, (iv) => {
        const old = current.interviews.find((x) => x.id === interviewId);
        return { ...iv, rev: (old?.rev ?? 0) + 1, updatedAt: now };
      });
    });
    return { interview: find(doc, interviewId), seq, tasksAdded: added };
  }

  private async write(
    caseId: string,
    change: (doc: CaseDoc, now: string) => CaseDoc,
  ): Promise<{ doc: CaseDoc; seq: number; added: number }> {
    const ws = this.workspaces.open();
    return this.queueOf(ws, caseId).run(async () => {
      for (let attempt = 1; ; attempt += 1) {
        const { value, seq } = await ws.store.readCase<CaseDoc>(caseId);
        const now = this.clock.now().toISOString();
        const changed = change(value, now);
        const derived = withDerivedTasks(changed, newId);
        const next: CaseDoc = { ...changed, tasks: derived.tasks, updatedAt: now };
        try {
          const saved = await this.cases.save(ws, next, seq, value);
          ws.markMainOnly(caseId, saved.seq);
          return { doc: next, seq: saved.seq, added: derived.added };
        } catch (error) {
          if (!(error instanceof AppError && error.code === 'Conflict') || attempt >= ATTEMPTS)
            throw error;
        }
      }
    });
  }

  private queueOf(ws: OpenWorkspace, caseId: string): SerialQueue {
    let perCase = this.queues.get(ws);
    if (!perCase) this.queues.set(ws, (perCase = new Map()));
    let queue = perCase.get(caseId);
    if (!queue) perCase.set(caseId, (queue = new SerialQueue()));
    return queue;
  }
}

function find(doc: CaseDoc, interviewId: string): Interview {
  const iv = doc.interviews.find((x) => x.id === interviewId);
  if (!iv) throw new AppError('NotFound', 'This case has no such interview.', { interviewId });
  return iv;
}

function replace(doc: CaseDoc, interviewId: string, change: (iv: Interview) => Interview): CaseDoc {
  const iv = find(doc, interviewId);
  return { ...doc, interviews: doc.interviews.map((x) => (x.id === iv.id ? change(x) : x)) };
}

function assertParty(doc: CaseDoc, personId: string): void {
  if (!doc.parties.some((p) => p.personId === personId)) {
    throw new AppError('InvalidInput', 'Add this person to the case’s parties first.', {
      issues: [{ path: 'personId', message: 'Not a party of this case' }],
    });
  }
}

function requireFinalised(iv: Interview, message: string): void {
  if (!iv.finalised) {
    throw new AppError('InvalidInput', message, {
      issues: [{ path: 'interviewId', message: 'Not finalised yet' }],
    });
  }
}
