import { type z } from 'zod';
import {
  paymentMethodSchema,
  terminationLetterFields,
  type PaymentMethod,
} from '../../shared/domain/document-inputs';
import {
  cobraTimeline,
  COBRA_RULE,
  finalPayDeadline,
  riskWarnings,
  type FinalPayDeadlineResult,
  type RiskWarning,
} from '../../shared/domain/termination-rules';
import { clause, formatDate, isoDate, renderOptionsFor, type ClauseId } from './document-kit';
import { renderPdf, type RenderedPdf } from './render';
import { parseOrThrow, type Block } from './spec';
import {
  employeeDocumentBaseSchema,
  employeeFacts,
  employerSignatory,
  ruleSource,
  templateOpening,
} from './termination-common';

/**
 * Termination / separation letter (domain.md §8.2): effective date and last day, final-pay timing
 * and method from the state rule, benefits end and the COBRA dates, return of property,
 * post-employment obligations and the contact person. Returns the risk warnings beside the PDF:
 * they are for HR and counsel, never printed on the employee's letter.
 */

export { paymentMethodSchema };
const METHOD: Record<PaymentMethod, string> = {
  'direct-deposit': 'direct deposit to your usual account',
  check: 'check',
  other: 'the method agreed with you',
};

export const terminationLetterInputSchema =
  employeeDocumentBaseSchema.extend(terminationLetterFields);
export type TerminationLetterInput = z.input<typeof terminationLetterInputSchema>;

const DEFAULTS: Partial<Record<ClauseId, string>> = {
  'termination.opening':
    'This letter confirms that your employment with {organisation} ends on {lastDay}. {reason}',
  'termination.finalPay':
    'Your final pay, including all wages earned and any accrued, unused vacation owed under ' +
    'company policy and law, will be paid on {payOn} by {method}.',
  'termination.benefits':
    'Your group health coverage ends on {coverageEndsOn}. You may be able to continue it under ' +
    'COBRA; the plan administrator will send you an election notice explaining how.',
  'termination.property':
    'Please return all company property listed below by {returnBy}. Your system access ends on your last day.',
  'termination.obligations':
    'Your obligations under any confidentiality, invention-assignment or other agreement you signed continue after your employment ends.',
  'termination.contact':
    'If you have questions about this letter, your final pay or your benefits, please contact {contact}.',
};

const DEADLINE_KIND: Record<FinalPayDeadlineResult['deadline']['kind'], string> = {
  'last-day': 'on the last day of work',
  'hours-after-notice': 'within 72 hours of the notice of resignation',
  'next-regular-payday': 'the next regular payday',
};

function deadlineText(pay: FinalPayDeadlineResult): string {
  const kind =
    pay.deadline.kind === 'hours-after-notice'
      ? `within ${pay.deadline.hours} hours of the notice of resignation`
      : DEADLINE_KIND[pay.deadline.kind];
  if (!pay.dueOn) return `${kind[0]?.toUpperCase()}${kind.slice(1)} (date not given)`;
  const time = pay.dueBy ? ` ${pay.dueBy.slice(11)}` : '';
  return `${formatDate(pay.dueOn)}${time} (${kind}; ${pay.rule.title})`;
}

export interface TerminationLetterResult {
  pdf: RenderedPdf;
  warnings: RiskWarning[];
}

/** The letter without its render context: what the risk check (documents:check) reads. */
export const terminationLetterFactsSchema = terminationLetterInputSchema.omit({ context: true });
export type TerminationLetterFacts = z.output<typeof terminationLetterFactsSchema>;

/** The letter's risk warnings without rendering it; the builder returns the same ones. */
export function terminationLetterWarnings(input: TerminationLetterFacts): RiskWarning[] {
  return riskWarnings({
    jurisdiction: input.jurisdiction,
    age: null,
    release: null,
    finalPay: {
      jurisdiction: input.jurisdiction,
      separation: input.separation,
      lastDay: input.lastDay,
      noticeGivenOn: input.noticeGivenOn ?? null,
      nextRegularPayday: input.nextRegularPayday ?? null,
      plannedPayOn: input.finalPay.payOn,
    },
  });
}

export async function renderTerminationLetter(
  raw: TerminationLetterInput,
): Promise<TerminationLetterResult> {
  const input = parseOrThrow(terminationLetterInputSchema, raw, 'termination letter input');
  const org = input.context.organisation;
  const letterDate = input.documentDate ?? isoDate(input.context.createdAt);
  const pay = finalPayDeadline({
    jurisdiction: input.jurisdiction,
    separation: input.separation,
    lastDay: input.lastDay,
    noticeGivenOn: input.noticeGivenOn ?? null,
    nextRegularPayday: input.nextRegularPayday ?? null,
  });
  const cobra = cobraTimeline({
    qualifyingEventOn: input.lastDay,
    coverageLostOn: input.benefits.coverageEndsOn,
    employerIsAdministrator: input.benefits.employerIsAdministrator ?? false,
  });
  const contact = org.contact
    ? [org.contact.name, org.contact.title, org.contact.email, org.contact.phone]
        .filter(Boolean)
        .join(', ')
    : input.signatory.name;
  const vars = {
    organisation: org.name,
    lastDay: formatDate(input.lastDay),
    reason: input.reason ?? '',
    payOn: formatDate(input.finalPay.payOn),
    method: METHOD[input.finalPay.method],
    coverageEndsOn: formatDate(input.benefits.coverageEndsOn),
    returnBy: formatDate(input.returnPropertyBy ?? input.lastDay),
    contact,
  };
  const c = (id: ClauseId) => clause(org, id, DEFAULTS, vars).trim();
  const blocks: Block[] = [
    ...templateOpening(
      input.separation === 'discharge'
        ? 'Termination of employment'
        : 'Confirmation of resignation',
      formatDate(letterDate),
    ),
    employeeFacts(input.employee, [
      { key: 'Last day of work', value: formatDate(input.lastDay) },
      ...(input.caseNumber ? [{ key: 'Reference', value: input.caseNumber }] : []),
    ]),
    { type: 'paragraph', text: `Dear ${input.employee.name},` },
    { type: 'paragraph', text: c('termination.opening') },
    { type: 'heading', level: 1, text: 'Final pay' },
    { type: 'paragraph', text: c('termination.finalPay') },
    {
      type: 'keyValue',
      items: [
        { key: 'Final pay date', value: formatDate(input.finalPay.payOn) },
        { key: 'Deadline under the rule', value: deadlineText(pay) },
      ],
    },
    ruleSource(pay.rule),
    { type: 'heading', level: 1, text: 'Benefits and COBRA' },
    { type: 'paragraph', text: c('termination.benefits') },
    {
      type: 'keyValue',
      items: [
        { key: 'Health coverage ends', value: formatDate(input.benefits.coverageEndsOn) },
        { key: 'Election notice due by', value: formatDate(cobra.electionNoticeDueOn) },
        {
          key: 'Your election period',
          value: `${COBRA_RULE.electionDays} days from the later of the notice and the end of coverage (at the latest ${formatDate(cobra.electionDeadline)})`,
        },
        {
          key: 'First premium',
          value: `Within ${COBRA_RULE.firstPremiumDays} days after you elect`,
        },
      ],
    },
    ...(input.benefits.notes?.length
      ? [{ type: 'list', items: input.benefits.notes } as Block]
      : []),
    ruleSource(COBRA_RULE),
    { type: 'heading', level: 1, text: 'Return of company property' },
    { type: 'paragraph', text: c('termination.property') },
    input.property.length
      ? { type: 'list', items: input.property }
      : {
          type: 'paragraph',
          tone: 'muted',
          text: 'No company property is recorded as held by you.',
        },
    { type: 'heading', level: 1, text: 'Continuing obligations' },
    { type: 'paragraph', text: c('termination.obligations') },
    ...(input.obligations?.length ? [{ type: 'list', items: input.obligations } as Block] : []),
    { type: 'heading', level: 1, text: 'Questions' },
    { type: 'paragraph', text: c('termination.contact') },
    {
      type: 'signatures',
      signatories: [
        employerSignatory(input.signatory, `For ${org.name}`),
        { name: input.employee.name, role: 'Received by the employee' },
      ],
    },
  ];
  const pdf = await renderPdf(
    { blocks },
    renderOptionsFor(
      input.context,
      `Termination letter — ${input.employee.name}`,
      'Personnel file',
    ),
  );
  const warnings = terminationLetterWarnings(input);
  return { pdf, warnings };
}
