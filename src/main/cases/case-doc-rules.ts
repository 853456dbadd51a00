import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { caseDocSchema, type CaseDoc } from '../../shared/domain/case-doc';
import {
  casePrefixSchema,
  DEFAULT_CASE_PREFIX,
  formatCaseNumber,
  nextCaseNumber,
  parseCaseNumber,
} from '../../shared/domain/case-number';
import { initialWorkflow } from '../../shared/domain/case-status';
import { emptyOutcome } from '../../shared/domain/outcome';
import type { caseCreateInputSchema } from '../../shared/ipc/case-contract';
import { AppError } from '../ipc/app-error';

export type CaseCreateInput = z.output<typeof caseCreateInputSchema>;

export const newId = (): string => randomBytes(16).toString('hex');

/** Main's local calendar date: "today" for due dates and ageing. */
export function localToday(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole-document check before any write; refusals name the fields (as dispatch does). */
export function parseCaseDoc(doc: unknown): CaseDoc {
  const parsed = caseDocSchema.safeParse(doc);
  if (!parsed.success) {
    throw new AppError('InvalidInput', 'The case is not valid.', {
      issues: parsed.error.issues.slice(0, 10).map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      })),
    });
  }
  return parsed.data;
}

/** Every person the document names must be a record of this vault's people directory. */
export function assertKnownPeople(doc: CaseDoc, known: ReadonlyMap<string, unknown>): void {
  const named = new Set<string>([
    ...doc.parties.map((p) => p.personId),
    ...(doc.intake.reportedBy ? [doc.intake.reportedBy] : []),
    ...doc.allegations.flatMap((a) => [...a.respondentIds, ...a.complainantIds]),
    ...doc.interviews.map((iv) => iv.personId),
    ...doc.credibility.map((c) => c.personId),
    ...(doc.mediation?.participants.map((p) => p.personId) ?? []),
    ...(doc.mediation?.sessions.flatMap((s) => (s.kind === 'caucus' ? [s.personId] : [])) ?? []),
  ]);
  const unknown = [...named].filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new AppError('InvalidInput', 'The case names a person who is not in this vault.', {
      personIds: unknown.slice(0, 10),
    });
  }
}

export interface CaseNumbering {
  prefix: string;
  /** `${prefix}-${year}` → the highest sequence ever issued (never reused, even after a shred). */
  highWater: Record<string, number>;
}

export const NUMBERING_KEY = 'caseNumbers';

export function numberingOf(settings: Record<string, unknown>): CaseNumbering {
  const raw = settings[NUMBERING_KEY] as Partial<CaseNumbering> | undefined;
  const prefix = casePrefixSchema.safeParse(raw?.prefix);
  const highWater: Record<string, number> = {};
  for (const [key, value] of Object.entries(raw?.highWater ?? {})) {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0)
      highWater[key] = value;
  }
  return { prefix: prefix.success ? prefix.data : DEFAULT_CASE_PREFIX, highWater };
}

/** Highest sequence per `${prefix}-${year}` among live case numbers. */
export function liveHighest(numbers: Iterable<string>): Map<string, number> {
  const highest = new Map<string, number>();
  for (const number of numbers) {
    const parts = parseCaseNumber(number);
    if (!parts) continue;
    const key = `${parts.prefix}-${parts.year}`;
    highest.set(key, Math.max(highest.get(key) ?? 0, parts.sequence));
  }
  return highest;
}

/** The next number for a case received in `year`, and the numbering with it consumed. */
export function allocateNumber(
  numbering: CaseNumbering,
  live: ReadonlyMap<string, number>,
  year: number,
): { number: string; numbering: CaseNumbering } {
  const key = `${numbering.prefix}-${year}`;
  const used = [live.get(key), numbering.highWater[key]].flatMap((sequence) =>
    sequence === undefined ? [] : [formatCaseNumber({ prefix: numbering.prefix, year, sequence })],
  );
  const number = nextCaseNumber(used, numbering.prefix, year);
  const sequence = parseCaseNumber(number)?.sequence ?? 1;
  return {
    number,
    numbering: { ...numbering, highWater: { ...numbering.highWater, [key]: sequence } },
  };
}

export function newCaseDoc(
  input: CaseCreateInput,
  ids: { id: string; number: string },
  now: string,
): CaseDoc {
  return {
    v: 1,
    id: ids.id,
    number: ids.number,
    workflow: initialWorkflow,
    statusHistory: [],
    evidence: [],
    custody: [],
    interviews: [],
    createdAt: now,
    updatedAt: now,
    title: input.title,
    type: input.type,
    protectedCharacteristics: input.protectedCharacteristics,
    priority: input.priority,
    severity: input.severity,
    restricted: input.restricted,
    legalHold: false,
    investigator: '',
    intake: input.intake,
    parties: input.parties,
    allegations: [],
    evidenceLinks: [],
    timeline: [],
    tasks: [],
    interimMeasures: [],
    notes: [],
    outcome: emptyOutcome,
    credibility: [],
    mediation: null,
  };
}
