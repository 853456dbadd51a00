import { z } from 'zod';
import { idSchema, personIdSchema } from './ids';
import {
  exitProgrammeSchema,
  groupDisclosureSchema,
  separationKindSchema,
} from './termination-rules';

// What the user supplies for each generated document, beyond what main reads from the case and
// the people directory. Shared (zod only) because the IPC contract validates these same shapes;
// the builders in src/main/documents extend them with the employee record and the render context.

export const t = (max: number) => z.string().normalize('NFC').trim().max(max);
export const date = z.iso.date();
export const jurisdictionSchema = z.string().regex(/^[A-Z]{2}(-[A-Z]{2,3})?$/);

export const signatorySchema = z.strictObject({ name: t(200).min(1), title: t(200).optional() });
export type Signatory = z.infer<typeof signatorySchema>;

/** Money in integer cents, so totals never drift; printed as US dollars. */
export const moneySchema = z.number().int().min(-100_000_000_00).max(100_000_000_00);

export const paymentMethodSchema = z.enum(['direct-deposit', 'check', 'other']);
export type PaymentMethod = z.infer<typeof paymentMethodSchema>;

/** Fields every employee document asks for: who signs for the employer, the printed date. */
export const employeeRequestFields = {
  signatory: signatorySchema,
  /** Date printed on the document; defaults to the generation date. */
  documentDate: date.optional(),
};

// ── organisation settings (letterhead, contact, reworded clauses) ─────────────────────────────

/** Every clause an organisation may reword, by template. Text may use {placeholders}. */
export const clauseIds = [
  'report.standardOfProof',
  'report.nonRetaliation',
  'termination.opening',
  'termination.finalPay',
  'termination.benefits',
  'termination.property',
  'termination.obligations',
  'termination.contact',
  'separation.consideration',
  'separation.generalRelease',
  'separation.excludedClaims',
  'separation.noAdmission',
  'separation.confidentiality',
  'separation.nonDisparagement',
  'separation.returnOfProperty',
  'separation.governingLaw',
  'separation.entireAgreement',
  'disciplinary.consequences',
  'disciplinary.atWill',
  'disciplinary.appeal',
  'disciplinary.acknowledgement',
  'finalPay.introduction',
  'exit.introduction',
  'property.introduction',
  'mediation.voluntary',
  'mediation.confidentiality',
  'mediation.noAdmission',
] as const;
export const clauseIdSchema = z.enum(clauseIds);
export type ClauseId = z.infer<typeof clauseIdSchema>;

/** Organisation settings without the logo, whose form differs (bytes in main, base64 on the wire). */
export const organisationFields = {
  name: t(200).min(1),
  addressLines: z.array(t(200).min(1)).max(6).optional(),
  pageSize: z.enum(['A4', 'LETTER']).optional(),
  /** BCP 47; documents are written in English, so en-US or en-GB. */
  lang: z
    .string()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/)
    .optional(),
  /** Who the employee contacts about the paperwork (HR). */
  contact: z
    .strictObject({
      name: t(200).min(1),
      title: t(200).optional(),
      email: z.email().optional(),
      phone: t(40).optional(),
    })
    .optional(),
  /** Reworded clauses, reviewed by the organisation's counsel; replace the default text whole. */
  clauses: z.partialRecord(clauseIdSchema, t(20_000).min(1)).optional(),
};

/** Largest letterhead logo kept in the vault settings (PNG or JPEG). */
export const LOGO_MAX_BYTES = 512 * 1024;

/** As stored in the vault settings (`documents.organisation`) and carried over IPC. */
export const organisationSettingsWireSchema = z.strictObject({
  ...organisationFields,
  logoBase64: z
    .base64()
    .max(Math.ceil(LOGO_MAX_BYTES / 3) * 4)
    .optional(),
});
export type OrganisationSettingsWire = z.infer<typeof organisationSettingsWireSchema>;

// ── termination set (domain.md §8) and disciplinary notice (§7) ───────────────────────────────

export const terminationLetterFields = {
  jurisdiction: jurisdictionSchema,
  separation: separationKindSchema,
  /** Optional: many US employers state no reason in the letter (⚖ at-will). */
  reason: t(4000).optional(),
  lastDay: date,
  noticeGivenOn: date.optional(),
  nextRegularPayday: date.optional(),
  finalPay: z.strictObject({ payOn: date, method: paymentMethodSchema }),
  benefits: z.strictObject({
    coverageEndsOn: date,
    employerIsAdministrator: z.boolean().optional(),
    notes: z.array(t(1000).min(1)).max(20).optional(),
  }),
  property: z.array(t(300).min(1)).max(100),
  returnPropertyBy: date.optional(),
  obligations: z.array(t(2000).min(1)).max(30).optional(),
};

export const separationAgreementFields = {
  jurisdiction: jurisdictionSchema,
  separationDate: date,
  /** The day the final agreement is handed over: the consideration period runs from it. */
  deliveredOn: date,
  signedOn: date.optional(),
  programme: exitProgrammeSchema,
  /** What is given for the release beyond what is already owed, in words. */
  consideration: t(2000),
  /** Override the periods only on counsel's advice; shorter than the rule raises a warning. */
  considerationDays: z.number().int().min(0).max(365).optional(),
  revocationDays: z.number().int().min(0).max(365).optional(),
  groupDisclosure: groupDisclosureSchema.optional(),
  includeConfidentiality: z.boolean().optional(),
  includeNonDisparagement: z.boolean().optional(),
  employeeIsSupervisor: z.boolean().optional(),
  governingState: t(100).min(1),
};

export const warningLevels = ['verbal', 'written', 'final', 'suspension'] as const;

export const disciplinaryNoticeFields = {
  level: z.enum(warningLevels),
  manager: t(200).min(1),
  facts: t(20_000).min(1),
  /** Labels and statements of the allegations found substantiated. */
  substantiated: z.array(t(2000).min(1)).max(50).optional(),
  policies: z.array(t(500).min(1)).min(1).max(20),
  priorActions: z
    .array(z.strictObject({ on: date, action: t(500).min(1) }))
    .max(50)
    .optional(),
  employeeExplanation: t(20_000).optional(),
  mitigation: t(20_000).optional(),
  expectations: z.array(t(2000).min(1)).min(1).max(30),
  reviewBy: date.optional(),
  support: z.array(t(1000).min(1)).max(20).optional(),
  suspension: z.strictObject({ from: date, to: date, paid: z.boolean() }).optional(),
  liveUntil: date.optional(),
  appeal: z.strictObject({ to: t(200).min(1), how: t(500).min(1), by: date }).optional(),
  usAtWill: z.boolean().optional(),
};

const moneyLine = z.strictObject({
  label: t(200).min(1),
  amountCents: moneySchema,
  note: t(500).optional(),
});

export const finalPaySummaryFields = {
  jurisdiction: jurisdictionSchema,
  separation: separationKindSchema,
  lastDay: date,
  noticeGivenOn: date.optional(),
  noticeGivenAt: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .optional(),
  nextRegularPayday: date.optional(),
  payOn: date,
  method: paymentMethodSchema,
  /** Wages to the last day, commission, bonus, expenses owed: every amount is gross. */
  items: z.array(moneyLine).min(1).max(100),
  accruedLeave: z
    .strictObject({
      hours: z.number().min(0).max(10_000),
      /** Hourly rate in cents. */
      rateCents: moneySchema.nonnegative(),
      /** Whether accrued leave is paid out (California: always; elsewhere by policy). */
      paidOut: z.boolean(),
      policy: t(500).optional(),
    })
    .optional(),
  deductions: z.array(moneyLine).max(100).default([]),
  benefits: z
    .array(z.strictObject({ name: t(200).min(1), endsOn: date, note: t(500).optional() }))
    .max(50)
    .default([]),
  cobra: z
    .strictObject({
      coverageEndsOn: date,
      employerIsAdministrator: z.boolean().optional(),
      administratorNotifiedOn: date.optional(),
      electionNoticeSentOn: date.optional(),
    })
    .optional(),
  employerEmployeeCount: z.number().int().nonnegative().optional(),
};

export const propertyCategories = [
  'device',
  'access-card',
  'keys',
  'payment-card',
  'documents',
  'vehicle',
  'other',
] as const;
export const propertyStatuses = ['outstanding', 'returned', 'lost', 'waived'] as const;

export const propertyChecklistFields = {
  dueOn: date,
  /** Where or to whom the items go back, e.g. "IT desk, 3rd floor" or "courier label enclosed". */
  returnTo: t(500).optional(),
  items: z
    .array(
      z.strictObject({
        item: t(300).min(1),
        category: z.enum(propertyCategories).default('other'),
        assetTag: t(100).optional(),
        status: z.enum(propertyStatuses).default('outstanding'),
        returnedOn: date.optional(),
        note: t(500).optional(),
      }),
    )
    .min(1)
    .max(300),
  /** Accounts to disable and shared secrets to change (domain.md §8.8). */
  access: z
    .array(
      z.strictObject({
        system: t(200).min(1),
        action: t(200).default('Disable account'),
        done: z.boolean().default(false),
        on: date.optional(),
      }),
    )
    .max(200)
    .default([]),
};

/** Why people leave: the taxonomy the form offers as tick boxes, grouped. */
export const exitReasonTaxonomy = [
  { group: 'Career', reasons: ['Career advancement', 'Lack of development', 'Change of career'] },
  { group: 'Pay and benefits', reasons: ['Pay', 'Benefits', 'Recognition'] },
  {
    group: 'Work',
    reasons: ['Workload', 'Job content', 'Relationship with manager', 'Team or culture'],
  },
  {
    group: 'Conditions',
    reasons: ['Work–life balance', 'Schedule or hours', 'Remote or hybrid policy', 'Commute'],
  },
  { group: 'Personal', reasons: ['Relocation', 'Family', 'Health', 'Study', 'Retirement'] },
  {
    group: 'Employer-initiated',
    reasons: ['Restructuring or redundancy', 'Performance', 'Conduct', 'End of contract'],
  },
] as const;
export const exitReasons = exitReasonTaxonomy.flatMap((g) => g.reasons);
export const exitReasonSchema = z.enum(exitReasons as [string, ...string[]]);

export const exitInterviewFields = {
  lastDay: date,
  interviewOn: date.optional(),
  interviewer: t(200).optional(),
  /** Pre-ticked reasons (from an earlier conversation); the form prints every box either way. */
  reasons: z.array(exitReasonSchema).max(40).default([]),
  primaryReason: exitReasonSchema.optional(),
  notice: z
    .strictObject({
      given: z.boolean(),
      on: date.optional(),
      periodDays: z.number().int().min(0).max(365).optional(),
    })
    .optional(),
  rehire: z.enum(['eligible', 'not-eligible', 'review']).optional(),
  rehireNote: t(1000).optional(),
  nonCompeteEndsOn: date.optional(),
  nonSolicitEndsOn: date.optional(),
  alumniContactConsent: z.boolean().optional(),
  comments: t(20_000).optional(),
};

/** IPC and CLI requests: the fields above plus the signatory; main adds the employee record. */
const request = <S extends z.core.$ZodLooseShape>(shape: S) =>
  z.strictObject({
    ...employeeRequestFields,
    /** Defaults to the person of the case's termination (or disciplinary) action. */
    employeeId: personIdSchema.optional(),
    ...shape,
  });

export const terminationLetterRequestSchema = request({
  ...terminationLetterFields,
  lastDay: date.optional(),
});
export const separationAgreementRequestSchema = request({
  ...separationAgreementFields,
  separationDate: date.optional(),
});
export const disciplinaryNoticeRequestSchema = request(disciplinaryNoticeFields);
export const finalPaySummaryRequestSchema = request({
  ...finalPaySummaryFields,
  lastDay: date.optional(),
});
export const propertyChecklistRequestSchema = request(propertyChecklistFields);
export const exitInterviewRequestSchema = request({
  ...exitInterviewFields,
  lastDay: date.optional(),
});

/** The statement of one finalised interview of the case (issue #5). */
export const interviewStatementRequestSchema = z.strictObject({ interviewId: idSchema });
/** Built from the case's shared mediation record; only the printed date can be chosen. */
export const mediationAgreementRequestSchema = z.strictObject({ documentDate: date.optional() });
