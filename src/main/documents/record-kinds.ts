import type { CaseDoc } from '../../shared/domain/case-doc';
import { planOf } from '../../shared/domain/interview';
import { sharedMediationRecord } from '../../shared/domain/mediation';
import type { Person } from '../../shared/domain/person';
import { AppError } from '../ipc/app-error';
import type { DocumentContext } from './document-kit';
import { renderInterviewStatement } from './interview-statement';
import { renderMediationAgreement } from './mediation-agreement';
import type { RenderedPdf } from './render';

/**
 * The two documents made from the case's own records rather than the user's inputs: the statement
 * of a finalised interview, and the mediation agreement from the shared mediation record.
 */

export const NEEDS_FINALISED_INTERVIEW =
  'A finalised interview: finalise the interview record first (a draft has no statement).';
export const NEEDS_MEDIATION = 'A mediation record: start the mediation on the Mediation tab.';
export const NEEDS_OUTCOME = 'The mediation outcome: record whether agreement was reached.';
export const NEEDS_TERMS = 'The agreed terms: at least one term of the agreement.';
export const NO_AGREEMENT =
  'No agreement was reached (outcome: none), so there are no terms to sign.';

export function statementMissing(doc: CaseDoc): string[] {
  return doc.interviews.some((iv) => iv.finalised) ? [] : [NEEDS_FINALISED_INTERVIEW];
}

export function mediationMissing(doc: CaseDoc): string[] {
  const m = doc.mediation;
  if (!m) return [NEEDS_MEDIATION];
  const missing: string[] = [];
  if (m.agreement.outcome === null) missing.push(NEEDS_OUTCOME);
  else if (m.agreement.outcome === 'none') missing.push(NO_AGREEMENT);
  if (m.agreement.outcome !== 'none' && m.agreement.terms.length === 0) missing.push(NEEDS_TERMS);
  return missing;
}

function refuse(issue: string): never {
  throw new AppError('InvalidInput', issue, { issues: [issue] });
}

export async function renderStatementKind(
  doc: CaseDoc,
  people: ReadonlyMap<string, Person>,
  interviewId: string,
  context: DocumentContext,
): Promise<RenderedPdf> {
  const plan = planOf(doc.interviews);
  const interview = plan.find((iv) => iv.id === interviewId);
  if (!interview) {
    // Say which ones there are: the CLI has no other way to find an interview's id.
    const finalised = plan.filter((iv) => iv.finalised);
    const which = finalised
      .map(
        (iv) =>
          `${iv.id} (${people.get(iv.personId)?.name ?? 'unknown'}, ${iv.scheduledOn ?? 'no date'})`,
      )
      .join('; ');
    refuse(
      `input.interviewId: this case has no such interview${which ? `; finalised interviews: ${which}` : ''}`,
    );
  }
  if (!interview.finalised) {
    refuse(`input.interviewId: ${NEEDS_FINALISED_INTERVIEW}`);
  }
  const interviewee = people.get(interview.personId);
  if (!interviewee) refuse('input.interviewId: the interviewee is not in the people directory');
  return renderInterviewStatement({
    caseNumber: doc.number,
    caseTitle: doc.title,
    interview,
    interviewee,
    investigator: doc.investigator,
    context,
  });
}

export async function renderMediationKind(
  doc: CaseDoc,
  people: ReadonlyMap<string, Person>,
  documentDate: string | undefined,
  context: DocumentContext,
): Promise<RenderedPdf> {
  const missing = mediationMissing(doc);
  if (!doc.mediation || missing.length) refuse(missing.join(' '));
  // The only view of the mediation any document reads: caucus notes are not in it at all.
  const shared = sharedMediationRecord(doc.mediation);
  return renderMediationAgreement({
    caseNumber: doc.number,
    mediation: shared,
    people: shared.participants.flatMap((p) => people.get(p.personId) ?? []),
    ...(documentDate ? { documentDate } : {}),
    context,
  });
}
