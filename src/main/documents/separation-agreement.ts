import { type z } from 'zod';
import { separationAgreementFields } from '../../shared/domain/document-inputs';
import {
  AGE_WAIVER_RULE,
  ageOn,
  ageWaiverApplies,
  ageWaiverDates,
  disclosureTable,
  riskWarnings,
  type RiskWarning,
} from '../../shared/domain/termination-rules';
import { clause, formatDate, renderOptionsFor, type ClauseId } from './document-kit';
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
 * Separation agreement and general release (domain.md §8.5). When the employee is 40 or over on
 * the delivery date, the OWBPA clauses come from the rules: the ADEA named, written advice to
 * consult an attorney, the consideration and revocation periods with their computed dates, and in
 * a group programme the disclosure table of job titles and ages. Risk warnings are returned for
 * HR and counsel, not printed.
 */

export const separationAgreementInputSchema =
  employeeDocumentBaseSchema.extend(separationAgreementFields);
export type SeparationAgreementInput = z.input<typeof separationAgreementInputSchema>;

const DEFAULTS: Partial<Record<ClauseId, string>> = {
  'separation.consideration':
    'In exchange for the promises in this Agreement, and provided you sign it and do not revoke it, {organisation} will provide you with: {consideration}. You acknowledge that this is more than you are otherwise entitled to receive.',
  'separation.generalRelease':
    'You release {organisation} and its officers, employees and agents from all claims, known or unknown, arising up to the date you sign this Agreement, including claims under {laws}, and any other federal, state or local law, to the fullest extent the law allows.',
  'separation.excludedClaims':
    'This release does not waive claims that arise after you sign it, rights that cannot be waived by law (such as unemployment or workers’ compensation benefits), vested benefits, or your right to file a charge with or take part in an investigation by the EEOC or another government agency.',
  'separation.noAdmission':
    'This Agreement is not an admission of wrongdoing or liability by you or by {organisation}.',
  'separation.confidentiality':
    'You agree to keep the amount and terms of this Agreement confidential, except with your spouse, attorney, tax adviser, or as required by law. Nothing here prevents you from discussing terms and conditions of employment or reporting possible violations of law to a government agency.',
  'separation.nonDisparagement':
    'You agree not to make knowingly false and defamatory statements about {organisation}. Nothing here restricts rights protected by law.',
  'separation.returnOfProperty':
    'You confirm that you have returned, or will return by your separation date, all property of {organisation}.',
  'separation.governingLaw': 'This Agreement is governed by the laws of {state}.',
  'separation.entireAgreement':
    'This is the entire agreement between you and {organisation} about its subject and replaces any earlier discussions. It can be changed only in writing signed by both.',
};

export interface SeparationAgreementResult {
  pdf: RenderedPdf;
  warnings: RiskWarning[];
  /** True when the OWBPA clauses were included. */
  ageWaiver: boolean;
}

/** The agreement without its render context: what the risk check (documents:check) reads. */
export const separationAgreementFactsSchema = separationAgreementInputSchema.omit({
  context: true,
});
export type SeparationAgreementFacts = z.output<typeof separationAgreementFactsSchema>;

/** Age on delivery, whether the OWBPA applies, and the periods the agreement will print. */
function releaseTerms(input: SeparationAgreementFacts) {
  const dob = input.employee.dateOfBirth;
  const age = dob ? ageOn(dob, input.deliveredOn) : null;
  const ageWaiver = age !== null && ageWaiverApplies(age);
  const dates = ageWaiverDates({
    programme: input.programme,
    deliveredOn: input.deliveredOn,
    signedOn: input.signedOn ?? null,
  });
  const considerationDays = input.considerationDays ?? dates.considerationDays;
  const revocationDays = input.revocationDays ?? dates.revocationDays;
  return { age, ageWaiver, dates, considerationDays, revocationDays };
}

/**
 * The risk warnings for the agreement as it would be generated, without rendering it: the same
 * function the builder calls, so what the user sees before generating is what the render returns.
 */
export function separationAgreementWarnings(input: SeparationAgreementFacts): RiskWarning[] {
  const { age, ageWaiver, considerationDays, revocationDays } = releaseTerms(input);
  return riskWarnings({
    jurisdiction: input.jurisdiction,
    age,
    release: {
      programme: input.programme,
      consideration: input.consideration,
      considerationDays,
      revocationDays,
      namesAdea: ageWaiver,
      advisesAttorneyInWriting: ageWaiver,
      groupDisclosureIncluded: Boolean(input.groupDisclosure),
      broadConfidentialityOrNonDisparagement: Boolean(
        input.includeConfidentiality || input.includeNonDisparagement,
      ),
      employeeIsSupervisor: input.employeeIsSupervisor ?? false,
    },
    finalPay: null,
  });
}

export async function renderSeparationAgreement(
  raw: SeparationAgreementInput,
): Promise<SeparationAgreementResult> {
  const input = parseOrThrow(separationAgreementInputSchema, raw, 'separation agreement input');
  const org = input.context.organisation;
  const { ageWaiver, dates, considerationDays, revocationDays } = releaseTerms(input);
  const laws = ageWaiver
    ? `${AGE_WAIVER_RULE.lawName}, Title VII of the Civil Rights Act of 1964, the Americans with Disabilities Act`
    : 'Title VII of the Civil Rights Act of 1964, the Americans with Disabilities Act';
  const vars = {
    organisation: org.name,
    consideration: input.consideration || '[CONSIDERATION TO BE STATED]',
    laws,
    state: input.governingState,
  };
  const c = (id: ClauseId) => clause(org, id, DEFAULTS, vars);
  let n = 0;
  const section = (title: string, ...body: Block[]): Block[] => [
    { type: 'heading', level: 1, text: `${(n += 1)}. ${title}` },
    ...body,
  ];
  const para = (text: string): Block => ({ type: 'paragraph', text });

  const blocks: Block[] = [
    ...templateOpening(
      'Separation agreement and general release',
      `${org.name} and ${input.employee.name}`,
    ),
    employeeFacts(input.employee, [
      { key: 'Separation date', value: formatDate(input.separationDate) },
      { key: 'Agreement delivered', value: formatDate(input.deliveredOn) },
    ]),
    ...section(
      'Separation',
      para(`Your employment with ${org.name} ends on ${formatDate(input.separationDate)}.`),
    ),
    ...section('Consideration', para(c('separation.consideration'))),
    ...section('General release of claims', para(c('separation.generalRelease'))),
    ...section('Claims not released', para(c('separation.excludedClaims'))),
  ];
  if (ageWaiver) {
    const considerUntil = formatDate(dates.considerUntil);
    blocks.push(
      ...section(
        'Waiver of age discrimination claims',
        para(
          `You are waiving rights and claims under ${AGE_WAIVER_RULE.lawName}. You do not waive rights or claims that may arise after the date you sign this Agreement.`,
        ),
        {
          type: 'callout',
          tone: 'info',
          title: 'You are advised in writing to consult an attorney',
          text: `${org.name} advises you to consult an attorney of your choice before signing this Agreement.`,
        },
        {
          type: 'keyValue',
          items: [
            {
              key: 'Time to consider',
              value: `${considerationDays} days, until ${considerUntil}. You may sign sooner, but you are not required to.`,
            },
            {
              key: 'Time to revoke',
              value: `${revocationDays} days after you sign, by written notice to ${org.contact?.name ?? org.name}${
                dates.revokeUntil ? `: until ${formatDate(dates.revokeUntil)}` : ''
              }.`,
            },
            {
              key: 'Effective date',
              value: dates.effectiveOn
                ? formatDate(dates.effectiveOn)
                : `The day after the revocation period ends without revocation (at the latest ${formatDate(dates.latestEffectiveOn)} if you sign on ${considerUntil}).`,
            },
          ],
        },
        para(
          'Changes to this Agreement, whether material or not, do not restart the consideration period.',
        ),
        ruleSource(AGE_WAIVER_RULE),
      ),
    );
    if (input.programme === 'group' && input.groupDisclosure) {
      const g = input.groupDisclosure;
      blocks.push(
        ...section(
          'Information about the group termination programme',
          {
            type: 'keyValue',
            items: [
              { key: 'Decisional unit', value: g.decisionalUnit },
              { key: 'Eligibility factors', value: g.eligibilityFactors },
              { key: 'Time limits', value: g.timeLimits },
            ],
          },
          {
            type: 'table',
            caption: 'Job titles and ages of employees selected and not selected for the programme',
            columns: [
              { header: 'Job title', weight: 4 },
              { header: 'Age', weight: 1, align: 'right' },
              { header: 'Selected', weight: 1.4, align: 'right' },
              { header: 'Not selected', weight: 1.6, align: 'right' },
            ],
            rows: disclosureTable(g.rows).map((r) => [
              r.jobTitle,
              String(r.age),
              String(r.selected),
              String(r.notSelected),
            ]),
          },
        ),
      );
    }
  }
  blocks.push(...section('No admission', para(c('separation.noAdmission'))));
  if (input.includeConfidentiality)
    blocks.push(...section('Confidentiality', para(c('separation.confidentiality'))));
  if (input.includeNonDisparagement)
    blocks.push(...section('Non-disparagement', para(c('separation.nonDisparagement'))));
  blocks.push(
    ...section('Return of property', para(c('separation.returnOfProperty'))),
    ...section('Governing law', para(c('separation.governingLaw'))),
    ...section('Entire agreement', para(c('separation.entireAgreement'))),
    para(
      'By signing, you confirm that you have read this Agreement, understand it, and sign it knowingly and voluntarily.',
    ),
    {
      type: 'signatures',
      signatories: [
        { name: input.employee.name, role: 'Employee' },
        employerSignatory(input.signatory, `For ${org.name}`),
      ],
    },
  );
  const pdf = await renderPdf(
    { blocks },
    renderOptionsFor(
      input.context,
      `Separation agreement — ${input.employee.name}`,
      'Settlement communication',
    ),
  );
  const warnings = separationAgreementWarnings(input);
  return { pdf, warnings, ageWaiver };
}
