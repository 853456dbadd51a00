import { z } from 'zod';
import {
  disciplinaryNoticeRequestSchema,
  exitInterviewRequestSchema,
  finalPaySummaryRequestSchema,
  interviewStatementRequestSchema,
  mediationAgreementRequestSchema,
  organisationSettingsWireSchema,
  propertyChecklistRequestSchema,
  separationAgreementRequestSchema,
  terminationLetterRequestSchema,
} from '../domain/document-inputs';
import { caseIdSchema, sha256HexSchema } from '../domain/ids';
import { reportDetailsSchema } from '../domain/report-details';
import { LEGAL_REVIEW_NOTE, riskWarningCodes } from '../domain/termination-rules';

// Generated documents (issue #6). Main reads the case, the people and the letterhead from the
// unlocked vault and renders in memory; `documents:render` returns a preview and keeps the bytes
// in main; `documents:save` writes exactly those bytes where the user chooses in main's dialog.

/** Every kind the app knows. */
export const documentKinds = [
  'report',
  'termination-letter',
  'separation-agreement',
  'final-pay-summary',
  'property-checklist',
  'exit-interview',
  'disciplinary-notice',
  'interview-statement',
  'mediation-agreement',
] as const;
export const documentKindSchema = z.enum(documentKinds);
export type DocumentKind = z.infer<typeof documentKindSchema>;

export const renderableKinds = [
  'report',
  'termination-letter',
  'separation-agreement',
  'final-pay-summary',
  'property-checklist',
  'exit-interview',
  'disciplinary-notice',
  'interview-statement',
  'mediation-agreement',
] as const satisfies readonly DocumentKind[];
export const renderableKindSchema = z.enum(renderableKinds);
export type RenderableKind = z.infer<typeof renderableKindSchema>;

/** Largest PDF returned inline for the viewer (a 100-page report is well under 1 MB). */
export const DOCUMENT_PREVIEW_MAX_BYTES = 16 * 1024 * 1024;

/** Opening password: SASLprep'd and cut to 127 UTF-8 bytes by the engine (R 6). */
const passwordSchema = z.string().min(8).max(127);
const renderBase = { caseId: caseIdSchema, password: passwordSchema.optional() };

/** The kind-specific inputs, keyed by kind: the CLI's --input file is validated by these. */
export const documentRequestSchemas = {
  report: reportDetailsSchema,
  'termination-letter': terminationLetterRequestSchema,
  'separation-agreement': separationAgreementRequestSchema,
  'final-pay-summary': finalPaySummaryRequestSchema,
  'property-checklist': propertyChecklistRequestSchema,
  'exit-interview': exitInterviewRequestSchema,
  'disciplinary-notice': disciplinaryNoticeRequestSchema,
  'interview-statement': interviewStatementRequestSchema,
  'mediation-agreement': mediationAgreementRequestSchema,
} as const satisfies Record<RenderableKind, z.ZodType>;

const variant = <K extends RenderableKind>(kind: K) =>
  z.strictObject({
    kind: z.literal(kind),
    ...renderBase,
    input: documentRequestSchemas[kind],
  });

export const documentRenderInputSchema = z.discriminatedUnion('kind', [
  // Only the report has a redacted copy (names replaced by role labels).
  z.strictObject({
    kind: z.literal('report'),
    ...renderBase,
    redacted: z.boolean().default(false),
    input: reportDetailsSchema,
  }),
  variant('termination-letter'),
  variant('separation-agreement'),
  variant('final-pay-summary'),
  variant('property-checklist'),
  variant('exit-interview'),
  variant('disciplinary-notice'),
  variant('interview-statement'),
  variant('mediation-agreement'),
]);
export type DocumentRenderInput = z.input<typeof documentRenderInputSchema>;

export const riskWarningSchema = z.strictObject({
  code: z.enum(riskWarningCodes),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  citation: z.string(),
  reviewNote: z.literal(LEGAL_REVIEW_NOTE),
});

export const documentPreviewSchema = z.strictObject({
  kind: renderableKindSchema,
  caseId: caseIdSchema,
  documentId: z.string(),
  fileName: z.string(),
  base64: z.base64(),
  sha256: sha256HexSchema,
  size: z.number().int().nonnegative(),
  pageCount: z.number().int().positive(),
  encrypted: z.boolean(),
  redacted: z.boolean(),
  /** The report with allegations still pending: printed "not final". */
  draft: z.boolean(),
  /** The audit checkpoint printed in the footer (taken before this render was recorded). */
  auditCheckpoint: z.string(),
  warnings: z.array(riskWarningSchema),
  /** Characters no bundled font has; they print as empty boxes. */
  missingCharacters: z.array(z.string()),
});
export type DocumentPreview = z.infer<typeof documentPreviewSchema>;

const organisationOutput = z.strictObject({
  organisation: organisationSettingsWireSchema.nullable(),
});

export const documentContract = {
  // For a case: each kind, whether it can be generated now, and what is missing, in plain words.
  'documents:available': {
    input: z.strictObject({ caseId: caseIdSchema }),
    output: z.strictObject({
      caseId: caseIdSchema,
      items: z.array(
        z.strictObject({
          kind: documentKindSchema,
          title: z.string(),
          available: z.boolean(),
          draft: z.boolean(),
          missing: z.array(z.string()),
        }),
      ),
    }),
  },
  // The risk warnings the document would carry and its inputs checked field by field (InvalidInput
  // with `details.issues`), without rendering or auditing anything: the form calls it as the user
  // types, so warnings are read before Generate. The password, if sent, is ignored.
  'documents:check': {
    input: documentRenderInputSchema,
    output: z.strictObject({ warnings: z.array(riskWarningSchema) }),
  },
  // Records `pdf.generated` (kind, case, SHA-256); the bytes stay in main for documents:save.
  'documents:render': { input: documentRenderInputSchema, output: documentPreviewSchema },
  // Writes the previewed bytes (matched by SHA-256) where main's save dialog says; records
  // `case.exported` with the SHA-256 and whether a plaintext copy left the vault.
  'documents:save': {
    input: z.strictObject({
      caseId: caseIdSchema,
      kind: renderableKindSchema,
      sha256: sha256HexSchema,
    }),
    output: z.strictObject({
      saved: z.boolean(),
      sha256: sha256HexSchema.nullable(),
      fileName: z.string().nullable(),
      /** Where the user put it (their own choice in main's dialog), to show them afterwards. */
      path: z.string().nullable(),
    }),
  },
  // The letterhead, contact and clause overrides, kept in the vault settings (`documents`).
  'documents:settings-get': { input: z.undefined(), output: organisationOutput },
  // Main's open dialog for a PNG or JPEG, read and checked in main (type by its bytes, at most
  // LOGO_MAX_BYTES); the renderer shows it and sends it back with documents:settings-update.
  'documents:choose-logo': {
    input: z.undefined(),
    output: z.strictObject({
      logoBase64: z.base64().nullable(),
      fileName: z.string().nullable(),
    }),
  },
  'documents:settings-update': {
    input: z.strictObject({ organisation: organisationSettingsWireSchema }),
    output: organisationOutput,
  },
} as const;
