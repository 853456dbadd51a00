import { z } from 'zod';
import { addDays, calendarDateSchema, daysBetween, type CalendarDate } from './dates';

// The US termination rules of domain.md §8 as data, with pure date arithmetic over them. Shared
// (zod only, no node:*) because the renderer shows the same dates and warnings the documents print.
//
// Every period here counts CALENDAR days: weekends and public holidays are NOT skipped, because
// none of these rules says "business days". "N days after D" is D + N (the day after D is day 1);
// a deadline is the last day on which the act is still in time.
//
// ⚖ Nothing here is legal advice. Each rule carries its citation, effective date and the date it
// was last reviewed, and the same review note, which documents print next to every computed date.

export const LEGAL_REVIEW_NOTE = '⚖ verify for your jurisdiction; review with counsel';

export const legalRuleSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  summary: z.string().min(1),
  citation: z.string().min(1),
  effectiveFrom: calendarDateSchema,
  lastReviewed: calendarDateSchema,
  reviewNote: z.literal(LEGAL_REVIEW_NOTE),
});
export type LegalRule = z.infer<typeof legalRuleSchema>;

const LAST_REVIEWED = '2026-01-15';

// ---------------------------------------------------------------------------------------------
// Age waivers (ADEA as amended by the OWBPA)

export const AGE_WAIVER_RULE = {
  id: 'us-adea-owbpa-waiver',
  title: 'Waiver of age-discrimination claims (ADEA / OWBPA)',
  summary:
    'An employee aged 40 or over can waive ADEA claims only knowingly and voluntarily: the release ' +
    'is written in plain language, refers to the ADEA by name, waives no future claims, gives ' +
    'consideration beyond what is already owed, advises in writing to consult an attorney, allows ' +
    '21 days to consider (45 in a group exit programme) and 7 days to revoke after signing. A ' +
    'group programme also discloses the decisional unit, eligibility factors, time limits, and ' +
    'the job titles and ages of those selected and not selected.',
  citation: '29 U.S.C. § 626(f) (OWBPA, 1990); 29 C.F.R. § 1625.22',
  effectiveFrom: '1990-10-16',
  lastReviewed: LAST_REVIEWED,
  reviewNote: LEGAL_REVIEW_NOTE,
  lawName:
    'the Age Discrimination in Employment Act of 1967 (ADEA), as amended by the Older Workers Benefit Protection Act (OWBPA)',
  minimumAge: 40,
  considerationDays: { individual: 21, group: 45 },
  revocationDays: 7,
} as const satisfies LegalRule & Record<string, unknown>;

export const exitProgrammeSchema = z.enum(['individual', 'group']);
export type ExitProgramme = z.infer<typeof exitProgrammeSchema>;

/** Age in whole years on `on` (a 29 February birthday turns over on 1 March in common years). */
export function ageOn(dateOfBirth: CalendarDate, on: CalendarDate): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function ageWaiverApplies(age: number): boolean {
  return age >= AGE_WAIVER_RULE.minimumAge;
}

export const ageWaiverDatesInputSchema = z.strictObject({
  programme: exitProgrammeSchema,
  /** The day the employee received the final agreement. */
  deliveredOn: calendarDateSchema,
  /** The day the employee signed it, once known. */
  signedOn: calendarDateSchema.nullable().optional(),
});
export type AgeWaiverDatesInput = z.infer<typeof ageWaiverDatesInputSchema>;

export interface AgeWaiverDates {
  considerationDays: number;
  revocationDays: number;
  /** Last day of the consideration period (the employee may sign earlier, voluntarily). */
  considerUntil: CalendarDate;
  /** Last day to revoke, counted from the signature; null until signed. */
  revokeUntil: CalendarDate | null;
  /** The release takes effect the day after the revocation period, if not revoked. */
  effectiveOn: CalendarDate | null;
  /** If the employee uses the whole consideration period: signed on its last day. */
  latestEffectiveOn: CalendarDate;
  rule: typeof AGE_WAIVER_RULE;
}

export function ageWaiverDates(input: AgeWaiverDatesInput): AgeWaiverDates {
  const considerationDays = AGE_WAIVER_RULE.considerationDays[input.programme];
  const revocationDays = AGE_WAIVER_RULE.revocationDays;
  const considerUntil = addDays(input.deliveredOn, considerationDays);
  const signedOn = input.signedOn ?? null;
  const revokeUntil = signedOn ? addDays(signedOn, revocationDays) : null;
  return {
    considerationDays,
    revocationDays,
    considerUntil,
    revokeUntil,
    effectiveOn: revokeUntil ? addDays(revokeUntil, 1) : null,
    latestEffectiveOn: addDays(considerUntil, revocationDays + 1),
    rule: AGE_WAIVER_RULE,
  };
}

/** One row of the OWBPA group disclosure (29 C.F.R. § 1625.22(f)). */
export const groupDisclosureRowSchema = z.strictObject({
  jobTitle: z.string().min(1).max(200),
  age: z.number().int().min(14).max(120),
  selected: z.boolean(),
});
export type GroupDisclosureRow = z.infer<typeof groupDisclosureRowSchema>;

export const groupDisclosureSchema = z.strictObject({
  decisionalUnit: z.string().min(1).max(2000),
  eligibilityFactors: z.string().min(1).max(4000),
  timeLimits: z.string().min(1).max(2000),
  rows: z.array(groupDisclosureRowSchema).min(1).max(5000),
});
export type GroupDisclosure = z.infer<typeof groupDisclosureSchema>;

export interface DisclosureTableRow {
  jobTitle: string;
  age: number;
  selected: number;
  notSelected: number;
}

/** Counts by job title and age, the form the regulation's examples use; sorted title, then age. */
export function disclosureTable(rows: readonly GroupDisclosureRow[]): DisclosureTableRow[] {
  const map = new Map<string, DisclosureTableRow>();
  for (const row of rows) {
    const key = `${row.jobTitle}\u0000${row.age}`;
    const entry = map.get(key) ?? {
      jobTitle: row.jobTitle,
      age: row.age,
      selected: 0,
      notSelected: 0,
    };
    if (row.selected) entry.selected += 1;
    else entry.notSelected += 1;
    map.set(key, entry);
  }
  return [...map.values()].sort(
    (a, b) => a.jobTitle.localeCompare(b.jobTitle, 'en') || a.age - b.age,
  );
}

// ---------------------------------------------------------------------------------------------
// Final pay

export const separationKindSchema = z.enum(['discharge', 'resignation']);
export type SeparationKind = z.infer<typeof separationKindSchema>;

export const finalPayDeadlineSchema = z.discriminatedUnion('kind', [
  /** Paid on the last day of work. */
  z.strictObject({ kind: z.literal('last-day') }),
  /** Paid within N hours of the employee's notice of quitting. */
  z.strictObject({ kind: z.literal('hours-after-notice'), hours: z.number().int().positive() }),
  /** Paid on the next regular payday after separation. */
  z.strictObject({ kind: z.literal('next-regular-payday') }),
]);
export type FinalPayDeadline = z.infer<typeof finalPayDeadlineSchema>;

export const finalPayRuleSchema = legalRuleSchema.extend({
  jurisdiction: z.string().regex(/^[A-Z]{2}(-[A-Z]{2,3})?$/),
  discharge: finalPayDeadlineSchema,
  resignationWithNotice: finalPayDeadlineSchema,
  resignationWithoutNotice: finalPayDeadlineSchema,
  /** Hours of notice that count as "with notice". */
  noticeHours: z.number().int().nonnegative(),
  penalty: z.string(),
});
export type FinalPayRule = z.infer<typeof finalPayRuleSchema>;

export const FINAL_PAY_RULES: readonly FinalPayRule[] = [
  {
    id: 'us-federal-final-pay',
    jurisdiction: 'US',
    title: 'Final pay: federal default',
    summary:
      'Federal law (the FLSA) sets no deadline for a final paycheck; the default assumed here is ' +
      'the next regular payday. State law usually sets a shorter one.',
    citation: 'Fair Labor Standards Act, 29 U.S.C. § 201 et seq.; U.S. DOL, "Last Paycheck"',
    effectiveFrom: '1938-10-24',
    lastReviewed: LAST_REVIEWED,
    reviewNote: LEGAL_REVIEW_NOTE,
    discharge: { kind: 'next-regular-payday' },
    resignationWithNotice: { kind: 'next-regular-payday' },
    resignationWithoutNotice: { kind: 'next-regular-payday' },
    noticeHours: 0,
    penalty: 'None under federal law for the timing itself.',
  },
  {
    id: 'us-ca-final-pay',
    jurisdiction: 'US-CA',
    title: 'Final pay: California',
    summary:
      'Discharge: all wages, including accrued vacation, are due immediately, on the last day. ' +
      'Resignation with at least 72 hours’ notice: due on the last day. Resignation without ' +
      'that notice: due within 72 hours of the notice.',
    citation: 'Cal. Lab. Code §§ 201, 202, 203, 227.3',
    effectiveFrom: '1976-01-01',
    lastReviewed: LAST_REVIEWED,
    reviewNote: LEGAL_REVIEW_NOTE,
    discharge: { kind: 'last-day' },
    resignationWithNotice: { kind: 'last-day' },
    resignationWithoutNotice: { kind: 'hours-after-notice', hours: 72 },
    noticeHours: 72,
    penalty: 'Waiting-time penalty: a day’s wages for each day late, up to 30 days (§ 203).',
  },
];

export function finalPayRuleFor(
  jurisdiction: string,
  rules: readonly FinalPayRule[] = FINAL_PAY_RULES,
): FinalPayRule {
  const exact = rules.find((r) => r.jurisdiction === jurisdiction);
  const federal = rules.find((r) => r.jurisdiction === 'US');
  const rule = exact ?? federal;
  if (!rule) throw new Error('No final-pay rule, not even the federal default');
  return rule;
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

export const finalPayInputSchema = z.strictObject({
  /** "US" or "US-CA"; an unknown state falls back to the federal default (and warns). */
  jurisdiction: z.string().regex(/^[A-Z]{2}(-[A-Z]{2,3})?$/),
  separation: separationKindSchema,
  lastDay: calendarDateSchema,
  /** Resignations: when the employee gave notice. */
  noticeGivenOn: calendarDateSchema.nullable().optional(),
  noticeGivenAt: z.string().regex(HH_MM).nullable().optional(),
  nextRegularPayday: calendarDateSchema.nullable().optional(),
});
export type FinalPayInput = z.infer<typeof finalPayInputSchema>;

export interface FinalPayDeadlineResult {
  rule: FinalPayRule;
  /** Whether the state rule or the federal fallback applied. */
  fellBackToFederal: boolean;
  deadline: FinalPayDeadline;
  /** Last day payment is in time; null when it depends on a payday that was not given. */
  dueOn: CalendarDate | null;
  /** For "hours after notice" with a known time of notice. */
  dueBy: string | null;
  explanation: string;
}

/**
 * The final-pay deadline. Notice is measured in whole calendar days from the notice date to the
 * last day (× 24 hours) unless a time of notice is given, in which case the 72 hours run from it.
 */
export function finalPayDeadline(
  input: FinalPayInput,
  rules: readonly FinalPayRule[] = FINAL_PAY_RULES,
): FinalPayDeadlineResult {
  const rule = finalPayRuleFor(input.jurisdiction, rules);
  const fellBackToFederal = rule.jurisdiction !== input.jurisdiction;
  let deadline: FinalPayDeadline;
  if (input.separation === 'discharge') deadline = rule.discharge;
  else {
    const noticeOn = input.noticeGivenOn ?? input.lastDay;
    const hoursOfNotice = daysBetween(noticeOn, input.lastDay) * 24;
    deadline =
      hoursOfNotice >= rule.noticeHours
        ? rule.resignationWithNotice
        : rule.resignationWithoutNotice;
  }
  switch (deadline.kind) {
    case 'last-day':
      return {
        rule,
        fellBackToFederal,
        deadline,
        dueOn: input.lastDay,
        dueBy: null,
        explanation: `Due on the last day of work, ${input.lastDay}.`,
      };
    case 'hours-after-notice': {
      const noticeOn = input.noticeGivenOn ?? input.lastDay;
      const days = Math.ceil(deadline.hours / 24);
      const dueOn = addDays(noticeOn, days);
      const dueBy = input.noticeGivenAt ? `${dueOn} ${input.noticeGivenAt}` : null;
      return {
        rule,
        fellBackToFederal,
        deadline,
        dueOn,
        dueBy,
        explanation: `Due within ${deadline.hours} hours of the notice given on ${noticeOn}${
          input.noticeGivenAt ? ` at ${input.noticeGivenAt}` : ''
        }: by ${dueBy ?? dueOn}.`,
      };
    }
    case 'next-regular-payday': {
      const payday = input.nextRegularPayday ?? null;
      return {
        rule,
        fellBackToFederal,
        deadline,
        dueOn: payday,
        dueBy: null,
        explanation: payday
          ? `Due on the next regular payday, ${payday}.`
          : 'Due on the next regular payday (not given).',
      };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// COBRA

export const COBRA_RULE = {
  id: 'us-cobra-notices',
  title: 'COBRA continuation coverage: notices and elections',
  summary:
    'Group health plans of employers with 20 or more employees: the employer notifies the plan ' +
    'administrator within 30 days of the qualifying event; the administrator sends the election ' +
    'notice within 14 days of that notice (44 days from the event when the employer is the ' +
    'administrator); the employee has 60 days to elect, from the later of the notice and the loss ' +
    'of coverage, and 45 days after electing to pay the first premium. Smaller employers: state ' +
    '"mini-COBRA" laws.',
  citation:
    '29 U.S.C. §§ 1161(b), 1162(3), 1165(a)(1), 1166(a)(2), (a)(4), (c); 29 C.F.R. § 2590.606-2, -4',
  effectiveFrom: '1986-04-07',
  lastReviewed: LAST_REVIEWED,
  reviewNote: LEGAL_REVIEW_NOTE,
  minimumEmployees: 20,
  employerNoticeDays: 30,
  electionNoticeDays: 14,
  employerAdministratorDays: 44,
  electionDays: 60,
  firstPremiumDays: 45,
} as const satisfies LegalRule & Record<string, unknown>;

export const cobraInputSchema = z.strictObject({
  /** The qualifying event: the termination (or reduction of hours). */
  qualifyingEventOn: calendarDateSchema,
  /** When plan coverage ends; defaults to the event date. */
  coverageLostOn: calendarDateSchema.nullable().optional(),
  employerIsAdministrator: z.boolean().optional(),
  /** When the employer actually notified the administrator, if it has. */
  administratorNotifiedOn: calendarDateSchema.nullable().optional(),
  /** When the election notice was actually sent, if it has been. */
  electionNoticeSentOn: calendarDateSchema.nullable().optional(),
  electedOn: calendarDateSchema.nullable().optional(),
});
export type CobraInput = z.infer<typeof cobraInputSchema>;

export interface CobraTimeline {
  /** Null when the employer is its own plan administrator (one 44-day period instead). */
  employerNoticeDueOn: CalendarDate | null;
  electionNoticeDueOn: CalendarDate;
  /** From the later of the (actual or latest permitted) election notice and the loss of coverage. */
  electionDeadline: CalendarDate;
  firstPremiumDueOn: CalendarDate | null;
  rule: typeof COBRA_RULE;
}

const later = (a: CalendarDate, b: CalendarDate) => (a > b ? a : b);

export function cobraTimeline(input: CobraInput): CobraTimeline {
  const r = COBRA_RULE;
  const event = input.qualifyingEventOn;
  const employerNoticeDueOn = input.employerIsAdministrator
    ? null
    : addDays(event, r.employerNoticeDays);
  const electionNoticeDueOn = input.employerIsAdministrator
    ? addDays(event, r.employerAdministratorDays)
    : addDays(input.administratorNotifiedOn ?? employerNoticeDueOn ?? event, r.electionNoticeDays);
  const noticeOn = input.electionNoticeSentOn ?? electionNoticeDueOn;
  const electionDeadline = addDays(later(noticeOn, input.coverageLostOn ?? event), r.electionDays);
  return {
    employerNoticeDueOn,
    electionNoticeDueOn,
    electionDeadline,
    firstPremiumDueOn: input.electedOn ? addDays(input.electedOn, r.firstPremiumDays) : null,
    rule: r,
  };
}

// ---------------------------------------------------------------------------------------------
// Risk warnings

export const riskInputSchema = z.strictObject({
  jurisdiction: z.string().regex(/^[A-Z]{2}(-[A-Z]{2,3})?$/),
  /** The employee's age on the delivery date; null when unknown. */
  age: z.number().int().min(14).max(120).nullable(),
  release: z
    .strictObject({
      programme: exitProgrammeSchema,
      /** What the employee receives for the release, beyond what is already owed; '' if nothing. */
      consideration: z.string().max(2000),
      considerationDays: z.number().int().nonnegative().nullable(),
      revocationDays: z.number().int().nonnegative().nullable(),
      namesAdea: z.boolean(),
      advisesAttorneyInWriting: z.boolean(),
      groupDisclosureIncluded: z.boolean(),
      waivesFutureClaims: z.boolean().optional(),
      /** Broad confidentiality or non-disparagement clauses (NLRB, McLaren Macomb 2023). */
      broadConfidentialityOrNonDisparagement: z.boolean().optional(),
      employeeIsSupervisor: z.boolean().optional(),
    })
    .nullable(),
  finalPay: finalPayInputSchema.extend({ plannedPayOn: calendarDateSchema.nullable() }).nullable(),
  nonCompete: z.boolean().optional(),
  employerEmployeeCount: z.number().int().nonnegative().nullable().optional(),
});
export type RiskInput = z.infer<typeof riskInputSchema>;

export const riskWarningCodes = [
  'age-unknown',
  'age-no-consideration-period',
  'consideration-period-too-short',
  'revocation-period-missing',
  'revocation-period-too-short',
  'adea-not-named',
  'attorney-advice-missing',
  'group-disclosure-missing',
  'release-consideration-missing',
  'future-claims-waived',
  'broad-confidentiality-non-supervisory',
  'final-pay-after-deadline',
  'final-pay-date-unknown',
  'final-pay-federal-fallback',
  'non-compete-state-law',
  'cobra-small-employer',
] as const;
export type RiskWarningCode = (typeof riskWarningCodes)[number];

export interface RiskWarning {
  code: RiskWarningCode;
  /** error: the document as planned fails a rule; warning: likely a problem; info: check it. */
  severity: 'error' | 'warning' | 'info';
  message: string;
  citation: string;
  reviewNote: typeof LEGAL_REVIEW_NOTE;
}

export function riskWarnings(input: RiskInput, rules = FINAL_PAY_RULES): RiskWarning[] {
  const out: RiskWarning[] = [];
  const add = (
    code: RiskWarningCode,
    severity: RiskWarning['severity'],
    message: string,
    citation: string,
  ) => out.push({ code, severity, message, citation, reviewNote: LEGAL_REVIEW_NOTE });
  const owbpa = AGE_WAIVER_RULE.citation;
  const release = input.release;

  if (release) {
    if (release.consideration.trim() === '') {
      add(
        'release-consideration-missing',
        'error',
        'The release gives nothing beyond what the employee is already owed; a release needs consideration.',
        owbpa,
      );
    }
    if (release.waivesFutureClaims) {
      add(
        'future-claims-waived',
        'error',
        'A release cannot waive claims arising after it is signed.',
        owbpa,
      );
    }
    if (input.age === null) {
      add(
        'age-unknown',
        'warning',
        'The employee’s age is not recorded: if they are 40 or over, the age-waiver rules apply.',
        owbpa,
      );
    } else if (ageWaiverApplies(input.age)) {
      const required = AGE_WAIVER_RULE.considerationDays[release.programme];
      if (release.considerationDays === null || release.considerationDays === 0) {
        add(
          'age-no-consideration-period',
          'error',
          `The employee is ${input.age}: the release must allow ${required} days to consider it.`,
          owbpa,
        );
      } else if (release.considerationDays < required) {
        add(
          'consideration-period-too-short',
          'error',
          `${release.considerationDays} days to consider is shorter than the ${required} days required${
            release.programme === 'group' ? ' in a group programme' : ''
          }.`,
          owbpa,
        );
      }
      if (release.revocationDays === null || release.revocationDays === 0) {
        add(
          'revocation-period-missing',
          'error',
          'The release must allow 7 days to revoke after signing.',
          owbpa,
        );
      } else if (release.revocationDays < AGE_WAIVER_RULE.revocationDays) {
        add(
          'revocation-period-too-short',
          'error',
          `${release.revocationDays} days to revoke is shorter than the 7 days required.`,
          owbpa,
        );
      }
      if (!release.namesAdea) {
        add('adea-not-named', 'error', 'The release must refer to the ADEA by name.', owbpa);
      }
      if (!release.advisesAttorneyInWriting) {
        add(
          'attorney-advice-missing',
          'error',
          'The release must advise in writing to consult an attorney.',
          owbpa,
        );
      }
      if (release.programme === 'group' && !release.groupDisclosureIncluded) {
        add(
          'group-disclosure-missing',
          'error',
          'A group programme must disclose the decisional unit, eligibility, time limits and the job titles and ages of those selected and not selected.',
          '29 C.F.R. § 1625.22(f)',
        );
      }
    }
    if (release.broadConfidentialityOrNonDisparagement && !release.employeeIsSupervisor) {
      add(
        'broad-confidentiality-non-supervisory',
        'warning',
        'Broad confidentiality or non-disparagement clauses offered to a non-supervisory employee were held unlawful by the NLRB; review them with counsel.',
        'McLaren Macomb, 372 NLRB No. 58 (2023)',
      );
    }
  }

  if (input.finalPay) {
    const result = finalPayDeadline(input.finalPay, rules);
    if (result.fellBackToFederal && input.finalPay.jurisdiction !== 'US') {
      add(
        'final-pay-federal-fallback',
        'warning',
        `No final-pay rule for ${input.finalPay.jurisdiction} is on file; the federal default was used, and most states set a shorter deadline.`,
        result.rule.citation,
      );
    }
    const planned = input.finalPay.plannedPayOn;
    if (!planned || !result.dueOn) {
      add(
        'final-pay-date-unknown',
        'info',
        'The final-pay date or its deadline is not known yet.',
        result.rule.citation,
      );
    } else if (planned > result.dueOn) {
      add(
        'final-pay-after-deadline',
        result.rule.jurisdiction === 'US' ? 'warning' : 'error',
        `Final pay planned for ${planned} is after the deadline of ${result.dueOn}. ${result.rule.penalty}`,
        result.rule.citation,
      );
    }
  }

  if (input.nonCompete) {
    add(
      'non-compete-state-law',
      'warning',
      'The FTC non-compete rule was vacated (Ryan LLC v. FTC, 2024): state law governs, and some states ban non-competes.',
      'Ryan LLC v. FTC, No. 3:24-cv-00986 (N.D. Tex. Aug. 20, 2024)',
    );
  }
  const count = input.employerEmployeeCount;
  if (count !== null && count !== undefined && count < COBRA_RULE.minimumEmployees) {
    add(
      'cobra-small-employer',
      'info',
      `Federal COBRA covers employers with ${COBRA_RULE.minimumEmployees} or more employees; check the state "mini-COBRA" law.`,
      '29 U.S.C. § 1161(b)',
    );
  }
  return out;
}
