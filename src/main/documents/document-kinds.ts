import type { z } from 'zod';
import type { CaseDoc } from '../../shared/domain/case-doc';
import type { Person } from '../../shared/domain/person';
import type { ReportDetails } from '../../shared/domain/report-details';
import type { RiskWarning } from '../../shared/domain/termination-rules';
import type { DocumentKind, DocumentRenderInput } from '../../shared/ipc/document-contract';
import { AppError } from '../ipc/app-error';
import { renderDisciplinaryNotice } from './disciplinary-notice';
import type { DocumentContext } from './document-kit';
import {
  exitInterviewFactsSchema,
  exitInterviewWarnings,
  renderExitInterviewForm,
} from './exit-interview-form';
import {
  finalPaySummaryFactsSchema,
  finalPaySummaryWarnings,
  renderFinalPaySummary,
} from './final-pay-summary';
import { renderInvestigationReport } from './investigation-report';
import { renderPropertyChecklist } from './property-checklist';
import {
  mediationMissing,
  renderMediationKind,
  renderStatementKind,
  statementMissing,
} from './record-kinds';
import type { RenderedPdf } from './render';
import {
  renderSeparationAgreement,
  separationAgreementFactsSchema,
  separationAgreementWarnings,
} from './separation-agreement';
import {
  renderTerminationLetter,
  terminationLetterFactsSchema,
  terminationLetterWarnings,
} from './termination-letter';

/**
 * Per kind: what the case must hold before the document can be generated (documents:available)
 * and how the case, the people and the user's inputs become the builder's input.
 */

export const KIND_TITLES: Record<DocumentKind, string> = {
  report: 'Investigation report',
  'termination-letter': 'Termination letter',
  'separation-agreement': 'Separation agreement',
  'final-pay-summary': 'Final pay summary',
  'property-checklist': 'Property return checklist',
  'exit-interview': 'Exit interview form',
  'disciplinary-notice': 'Disciplinary notice',
  'interview-statement': 'Interview statement',
  'mediation-agreement': 'Mediation agreement',
};

const TERMINATION_SET = new Set<DocumentKind>([
  'termination-letter',
  'separation-agreement',
  'final-pay-summary',
  'property-checklist',
  'exit-interview',
]);
const DISCIPLINARY_ACTIONS = new Set([
  'verbal-warning',
  'written-warning',
  'final-warning',
  'suspension',
]);

/** The action this kind follows from, and so its employee and date. */
function actionFor(doc: CaseDoc, kind: DocumentKind) {
  const wanted = (k: string) =>
    kind === 'disciplinary-notice' ? DISCIPLINARY_ACTIONS.has(k) : k === 'termination';
  return doc.outcome.actions.find((a) => wanted(a.kind) && a.personId !== null);
}

/** The employee: the requested party, else the action's person, else the only respondent. */
function subjectId(doc: CaseDoc, kind: DocumentKind, requested?: string): string | null {
  if (requested) return requested;
  const action = actionFor(doc, kind);
  if (action?.personId) return action.personId;
  const respondents = doc.parties.filter((p) => p.role === 'respondent');
  return respondents.length === 1 ? respondents[0]!.personId : null;
}

function terminationDate(doc: CaseDoc): string | null {
  return actionFor(doc, 'termination-letter')?.effectiveOn ?? null;
}

export interface Availability {
  kind: DocumentKind;
  title: string;
  available: boolean;
  draft: boolean;
  missing: string[];
}

export function availability(
  doc: CaseDoc,
  people: ReadonlyMap<string, Person>,
  hasOrganisation: boolean,
): Availability[] {
  const common = hasOrganisation
    ? []
    : ['Organisation letterhead: set it in the document settings.'];
  return (Object.keys(KIND_TITLES) as DocumentKind[]).map((kind) => {
    const missing = [...common];
    let draft = false;
    if (kind === 'interview-statement') {
      missing.push(...statementMissing(doc));
    } else if (kind === 'mediation-agreement') {
      missing.push(...mediationMissing(doc));
    } else if (kind === 'report') {
      if (doc.allegations.length === 0) missing.push('At least one allegation.');
      for (const a of doc.allegations) {
        if (a.finding === 'pending') {
          draft = true;
          missing.push(`A finding for allegation ${a.label} (until then the report is a draft).`);
        }
      }
    } else {
      const id = subjectId(doc, kind);
      const person = id ? people.get(id) : undefined;
      if (!person) {
        missing.push(
          kind === 'disciplinary-notice'
            ? 'The employee: a disciplinary action for a person in the outcome, or a single respondent.'
            : 'The employee: a termination action for a person in the outcome, or a single respondent.',
        );
      }
      if (TERMINATION_SET.has(kind) && kind !== 'property-checklist' && !terminationDate(doc)) {
        missing.push('The termination date: the effective date of the termination action.');
      }
      if (kind === 'separation-agreement' && person && !person.dateOfBirth) {
        missing.push(
          `${person.name}’s date of birth, for the age-waiver check (OWBPA applies at 40 or over).`,
        );
      }
    }
    // A draft report can be generated (it says so on its first page); nothing else can be.
    const blocking = missing.filter((m) => !m.startsWith('A finding for allegation'));
    return { kind, title: KIND_TITLES[kind], available: blocking.length === 0, draft, missing };
  });
}

export type KindRequest =
  | { kind: 'report'; input: ReportDetails; redacted: boolean }
  | Exclude<DocumentRenderInput, { kind: 'report' }>;

export interface KindResult {
  pdf: RenderedPdf;
  warnings: RiskWarning[];
  draft: boolean;
}

/** "input.lastDay: no termination date…" → an issue the form can put beside its field. */
function missingInput(message: string): never {
  const at = message.indexOf(': ');
  throw new AppError('InvalidInput', message, {
    issues: [{ path: message.slice(0, at), message: message.slice(at + 2) }],
  });
}

function employeeOf(
  doc: CaseDoc,
  people: ReadonlyMap<string, Person>,
  kind: DocumentKind,
  requested?: string,
): Person {
  const id = subjectId(doc, kind, requested);
  if (requested && !doc.parties.some((p) => p.personId === requested)) {
    missingInput('input.employeeId: that person is not a party to this case');
  }
  const person = id ? people.get(id) : undefined;
  if (!person) {
    missingInput(
      'input.employeeId: no employee: give employeeId, or record the action for a person in the outcome',
    );
  }
  return person;
}

/** The employee, the case number and the termination date a builder needs, from the case. */
function employeeBase(
  doc: CaseDoc,
  people: ReadonlyMap<string, Person>,
  kind: DocumentKind,
  requested: string | undefined,
) {
  return { employee: employeeOf(doc, people, kind, requested), caseNumber: doc.number };
}

function lastDayOf(doc: CaseDoc): string {
  return (
    terminationDate(doc) ??
    missingInput(
      'input.lastDay: no termination date: give lastDay or record the termination action',
    )
  );
}

/**
 * The risk warnings the document would carry, computed from the same facts the builder reads but
 * without rendering (documents:check, before the user generates). The report has none.
 */
export function checkKind(
  request: KindRequest,
  doc: CaseDoc,
  people: ReadonlyMap<string, Person>,
): RiskWarning[] {
  switch (request.kind) {
    case 'termination-letter': {
      const { employeeId, lastDay, ...rest } = request.input;
      return terminationLetterWarnings(
        parseFacts(terminationLetterFactsSchema, {
          ...employeeBase(doc, people, request.kind, employeeId),
          ...rest,
          lastDay: lastDay ?? lastDayOf(doc),
        }),
      );
    }
    case 'separation-agreement': {
      const { employeeId, separationDate, ...rest } = request.input;
      return separationAgreementWarnings(
        parseFacts(separationAgreementFactsSchema, {
          ...employeeBase(doc, people, request.kind, employeeId),
          ...rest,
          separationDate: separationDate ?? lastDayOf(doc),
        }),
      );
    }
    case 'final-pay-summary': {
      const { employeeId, lastDay, ...rest } = request.input;
      return finalPaySummaryWarnings(
        parseFacts(finalPaySummaryFactsSchema, {
          ...employeeBase(doc, people, request.kind, employeeId),
          ...rest,
          lastDay: lastDay ?? lastDayOf(doc),
        }),
      );
    }
    case 'exit-interview': {
      const { employeeId, lastDay, ...rest } = request.input;
      return exitInterviewWarnings(
        parseFacts(exitInterviewFactsSchema, {
          ...employeeBase(doc, people, request.kind, employeeId),
          ...rest,
          lastDay: lastDay ?? lastDayOf(doc),
        }),
      );
    }
    case 'property-checklist':
    case 'disciplinary-notice':
      // Still check the employee resolves, so the form hears about it before Generate.
      employeeOf(doc, people, request.kind, request.input.employeeId);
      return [];
    case 'report':
    case 'interview-statement':
    case 'mediation-agreement':
      // No risk rules; what they need (a finalised interview, an agreement) is in `available`.
      return [];
  }
}

/** Builder-level validation, with paths under `input.` like the contract's, for the form. */
function parseFacts<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, 10).map((issue) => ({
    path: ['input', ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  throw new AppError('InvalidInput', 'Some inputs are not valid.', { issues });
}

export async function renderKind(
  request: KindRequest,
  doc: CaseDoc,
  people: ReadonlyMap<string, Person>,
  context: DocumentContext,
): Promise<KindResult> {
  const none = { warnings: [] as RiskWarning[], draft: false };
  if (request.kind === 'interview-statement') {
    return {
      ...none,
      pdf: await renderStatementKind(doc, people, request.input.interviewId, context),
    };
  }
  if (request.kind === 'mediation-agreement') {
    return {
      ...none,
      pdf: await renderMediationKind(doc, people, request.input.documentDate, context),
    };
  }
  if (request.kind === 'report') {
    const ids = new Set<string>(doc.parties.map((p) => p.personId));
    if (doc.intake.reportedBy) ids.add(doc.intake.reportedBy);
    for (const x of [
      ...(request.input.interviews ?? []),
      ...(request.input.notInterviewed ?? []),
      ...(request.input.accounts ?? []),
      ...(request.input.credibility ?? []),
    ])
      ids.add(x.personId);
    const pdf = await renderInvestigationReport({
      case: doc,
      people: [...ids].flatMap((id) => people.get(id) ?? []),
      details: request.input,
      context,
      variant: request.redacted ? 'redacted' : 'full',
    });
    return { pdf, warnings: [], draft: doc.allegations.some((a) => a.finding === 'pending') };
  }
  const base = (requested: string | undefined) => ({
    ...employeeBase(doc, people, request.kind, requested),
    context,
  });
  const lastDay = () => lastDayOf(doc);
  switch (request.kind) {
    case 'termination-letter': {
      const { employeeId, lastDay: given, ...rest } = request.input;
      const out = await renderTerminationLetter({
        ...base(employeeId),
        ...rest,
        lastDay: given ?? lastDay(),
      });
      return { ...out, draft: false };
    }
    case 'separation-agreement': {
      const { employeeId, separationDate, ...rest } = request.input;
      const out = await renderSeparationAgreement({
        ...base(employeeId),
        ...rest,
        separationDate: separationDate ?? lastDay(),
      });
      return { pdf: out.pdf, warnings: out.warnings, draft: false };
    }
    case 'final-pay-summary': {
      const { employeeId, lastDay: given, ...rest } = request.input;
      const out = await renderFinalPaySummary({
        ...base(employeeId),
        ...rest,
        lastDay: given ?? lastDay(),
      });
      return { pdf: out.pdf, warnings: out.warnings, draft: false };
    }
    case 'property-checklist': {
      const { employeeId, ...rest } = request.input;
      return { ...none, pdf: await renderPropertyChecklist({ ...base(employeeId), ...rest }) };
    }
    case 'exit-interview': {
      const { employeeId, lastDay: given, ...rest } = request.input;
      const out = await renderExitInterviewForm({
        ...base(employeeId),
        ...rest,
        lastDay: given ?? lastDay(),
      });
      return { ...out, draft: false };
    }
    case 'disciplinary-notice': {
      const { employeeId, ...rest } = request.input;
      return { ...none, pdf: await renderDisciplinaryNotice({ ...base(employeeId), ...rest }) };
    }
  }
}
