import { casePrefixSchema } from '../../shared/domain/case-number';
import { withContent, overviewOf, type CaseDoc } from '../../shared/domain/case-doc';
import { queryCases } from '../../shared/domain/case-list-query';
import { transition } from '../../shared/domain/case-status';
import { dashboardOf } from '../../shared/domain/dashboard';
import { addDays } from '../../shared/domain/dates';
import { withDerivedTasks } from '../../shared/domain/derived-tasks';
import { isOverdue } from '../../shared/domain/task';
import type { OutputOf, ParsedInputOf } from '../../shared/ipc/contract';
import { AppError } from '../ipc/app-error';
import type { Clock } from '../ports/clock';
import {
  allocateNumber,
  assertKnownPeople,
  liveHighest,
  localToday,
  newCaseDoc,
  newId,
  numberingOf,
  NUMBERING_KEY,
  parseCaseDoc,
  type CaseCreateInput,
} from './case-doc-rules';
import type { CaseWorkspaces, OpenWorkspace } from './workspace';

type Saved = OutputOf<'cases:create'>;

/** The case channels over the unlocked store (issue #4). */
export class CaseService {
  constructor(
    private readonly workspaces: CaseWorkspaces,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return localToday(this.clock.now());
  }

  create(input: CaseCreateInput): Promise<Saved> {
    return this.createWith(input, (doc) => doc);
  }

  /**
   * Create a case whose first version `complete` may fill in further (the CLI's demo data writes
   * each synthetic case in one commit); the same numbering, validation and indexing as `create`.
   */
  async createWith(input: CaseCreateInput, complete: (doc: CaseDoc) => CaseDoc): Promise<Saved> {
    const ws = this.workspaces.open();
    return ws.creations.run(async () => {
      const { store } = ws;
      const settings = await store.getSettings();
      const year = Number(input.intake.receivedOn.slice(0, 4));
      ws.liveNumbers ??= liveHighest((await ws.overviews()).map((o) => o.number));
      const { number, numbering } = allocateNumber(numberingOf(settings), ws.liveNumbers, year);
      const now = this.clock.now().toISOString();
      const doc = parseCaseDoc(complete(newCaseDoc(input, { id: newId(), number }, now)));
      const people = await ws.peopleMap();
      assertKnownPeople(doc, people);
      const overview = overviewOf(doc, (id) => people.get(id)?.name);
      await store.createCase(overview, doc, {
        caseId: doc.id,
        legalHold: doc.legalHold,
        settings: { ...settings, [NUMBERING_KEY]: numbering },
      });
      const key = number.slice(0, number.lastIndexOf('-'));
      ws.liveNumbers.set(
        key,
        Math.max(ws.liveNumbers.get(key) ?? 0, Number(number.slice(key.length + 1))),
      );
      ws.indexCase(doc, 1);
      return { caseId: doc.id, seq: 1, overview };
    });
  }

  async get(input: ParsedInputOf<'cases:get'>): Promise<OutputOf<'cases:get'>> {
    const ws = this.workspaces.open();
    const { value, seq } = await ws.store.readCase<CaseDoc>(input.caseId);
    const nameOf = await ws.nameLookup();
    await ws.store.recordEvent('case.viewed', { caseId: input.caseId, details: { seq } });
    return { doc: value, overview: overviewOf(value, nameOf), seq };
  }

  /**
   * Read the current version and check the caller's seq. A version main wrote on its own (a custody
   * line for a view) does not count against it: the content the caller edited is unchanged.
   */
  private async current(ws: OpenWorkspace, caseId: string, expectedSeq: number) {
    const { value, seq } = await ws.store.readCase<CaseDoc>(caseId);
    if (seq !== expectedSeq && !ws.onlyMainWroteSince(caseId, expectedSeq, seq)) {
      throw new AppError('Conflict', 'The case was changed since it was opened.', {
        caseId,
        expectedSeq,
        currentSeq: seq,
      });
    }
    return { doc: value, seq };
  }

  /** Validate, write conditionally on `seq` (checked inside the store's queue), index. */
  async save(ws: OpenWorkspace, next: CaseDoc, seq: number, previous: CaseDoc): Promise<Saved> {
    const doc = parseCaseDoc(next);
    const people = await ws.peopleMap();
    assertKnownPeople(doc, people);
    const overview = overviewOf(doc, (id) => people.get(id)?.name);
    const saved = await ws.store.updateCase(doc.id, doc, { overview, expectedSeq: seq });
    if (doc.legalHold !== previous.legalHold) await ws.store.setLegalHold(doc.id, doc.legalHold);
    ws.indexCase(doc, saved);
    return { caseId: doc.id, seq: saved, overview };
  }

  async update(input: ParsedInputOf<'cases:update'>): Promise<Saved> {
    const ws = this.workspaces.open();
    const { doc, seq } = await this.current(ws, input.caseId, input.expectedSeq);
    const next = withContent(doc, input.content, this.clock.now().toISOString());
    // Idempotent: aftercare check-ins, interview follow-ups, covenant end dates and the
    // mediation review get their tasks on the save that adds them (and back if an edit dropped one).
    next.tasks = withDerivedTasks(next, newId).tasks;
    return this.save(ws, next, seq, doc);
  }

  async transition(
    input: ParsedInputOf<'cases:transition'>,
  ): Promise<OutputOf<'cases:transition'>> {
    const ws = this.workspaces.open();
    const { doc, seq } = await this.current(ws, input.caseId, input.expectedSeq);
    const at = this.clock.now().toISOString();
    const result = transition(doc.workflow, input.request, {
      allegations: doc.allegations,
      receivedOn: doc.intake.receivedOn,
      at,
    });
    if (!result.ok) {
      throw new AppError('TransitionRefused', 'The workflow does not allow this change.', {
        refusal: result.refusal,
      });
    }
    const next: CaseDoc = {
      ...doc,
      workflow: result.workflow,
      statusHistory: [...doc.statusHistory, result.change],
      updatedAt: at,
    };
    return { ...(await this.save(ws, next, seq, doc)), change: result.change };
  }

  /** The prefix and the number the next case received this year would get. */
  async numbering(): Promise<OutputOf<'cases:numbering-get'>> {
    const ws = this.workspaces.open();
    return ws.creations.run(() => this.numberingNow(ws));
  }

  /**
   * A new prefix for cases created from now on. Only the prefix changes: the high-water marks and
   * every other settings key are written back as they were. Queued with creations, so a case
   * being numbered right now gets either the old prefix or the new one, never a mix.
   */
  async updateNumbering(input: { prefix: string }): Promise<OutputOf<'cases:numbering-update'>> {
    // Dispatch has parsed it already; main checks again since the CLI and tests call in directly.
    const parsed = casePrefixSchema.safeParse(input.prefix);
    if (!parsed.success) {
      throw new AppError('InvalidInput', 'The case-number prefix is not valid.', {
        issues: [{ path: 'prefix', message: parsed.error.issues[0]?.message ?? 'Invalid prefix' }],
      });
    }
    const ws = this.workspaces.open();
    return ws.creations.run(async () => {
      const settings = await ws.store.getSettings();
      const current = numberingOf(settings);
      if (current.prefix !== parsed.data) {
        await ws.store.setSettings({
          ...settings,
          [NUMBERING_KEY]: { ...current, prefix: parsed.data },
        });
      }
      return this.numberingNow(ws);
    });
  }

  private async numberingNow(ws: OpenWorkspace): Promise<OutputOf<'cases:numbering-get'>> {
    const numbering = numberingOf(await ws.store.getSettings());
    ws.liveNumbers ??= liveHighest((await ws.overviews()).map((o) => o.number));
    const year = Number(this.today().slice(0, 4));
    const { number } = allocateNumber(numbering, ws.liveNumbers, year);
    return { prefix: numbering.prefix, next: number };
  }

  async list(input: ParsedInputOf<'cases:list'>): Promise<OutputOf<'cases:list'>> {
    const ws = this.workspaces.open();
    const today = this.today();
    return { ...queryCases(await ws.overviews(), input, today), today };
  }

  async dashboard(): Promise<OutputOf<'cases:dashboard'>> {
    const ws = this.workspaces.open();
    const today = this.today();
    return { ...dashboardOf(await ws.overviews(), today), today };
  }

  async dueSoon(input: ParsedInputOf<'tasks:due-soon'>): Promise<OutputOf<'tasks:due-soon'>> {
    const ws = this.workspaces.open();
    const today = this.today();
    const until = addDays(today, input.withinDays);
    const wanted = (d: string) => d <= until && (input.includeOverdue || d >= today);
    const candidates = (await ws.overviews()).filter((o) => o.openTaskDueDates.some(wanted));
    const items: OutputOf<'tasks:due-soon'>['items'] = [];
    for (const o of candidates) {
      const { value } = await ws.store.readCase<CaseDoc>(o.id);
      for (const task of value.tasks) {
        if (task.done || task.dueOn === null || !wanted(task.dueOn)) continue;
        items.push({
          caseId: o.id,
          number: o.number,
          title: o.title,
          task,
          overdue: isOverdue(task, today),
        });
      }
    }
    items.sort(
      (a, b) =>
        (a.task.dueOn ?? '').localeCompare(b.task.dueOn ?? '') || a.number.localeCompare(b.number),
    );
    return { today, items };
  }

  async search(input: ParsedInputOf<'cases:search'>): Promise<OutputOf<'cases:search'>> {
    const ws = this.workspaces.open();
    // Right after unlock the first query waits for the background build rather than miss cases.
    await ws.searchReady();
    return ws.search.search(input.query, input.limit);
  }
}
