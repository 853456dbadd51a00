import { z } from 'zod';
import { caseNumberSchema } from '../../shared/domain/case-number';
import { calendarDateSchema } from '../../shared/domain/dates';
import { mediationSchema } from '../../shared/domain/mediation';
import { personSchema } from '../../shared/domain/person';
import {
  clause,
  counselCallout,
  documentContextSchema,
  formatDate,
  isoDate,
  personIndex,
  renderOptionsFor,
  type ClauseId,
} from './document-kit';
import { renderPdf, type RenderedPdf } from './render';
import { parseOrThrow, type Block } from './spec';

/**
 * Mediation agreement / memorandum of understanding (domain.md §2.1): the parties, the mediator,
 * consent, the joint sessions, the outcome and the numbered terms, the review date, the voluntary,
 * confidential and without-admission nature of it, and signatures.
 *
 * Built from `sharedMediationRecord` only, and the schema below is that shape, strict: a full
 * mediation record (with caucus sessions or the suitability note) is refused rather than read.
 * Joint-session notes are not printed either: an agreement records what the parties agreed, and
 * the mediator's notes of a confidential discussion would invite argument over their wording and
 * read as admissions; the sessions are listed by date.
 */

const jointSession = mediationSchema.shape.sessions.element.options[0];

export const sharedMediationSchema = mediationSchema
  .omit({ sessions: true, suitabilityNote: true })
  .extend({ jointSessions: z.array(jointSession).max(500) })
  .strict();

export const mediationAgreementInputSchema = z.strictObject({
  caseNumber: caseNumberSchema,
  mediation: sharedMediationSchema,
  people: z.array(personSchema).max(100),
  documentDate: calendarDateSchema.optional(),
  context: documentContextSchema,
});
export type MediationAgreementInput = z.input<typeof mediationAgreementInputSchema>;

export const MEDIATION_SECTIONS = [
  'The parties',
  'The mediation',
  'Outcome',
  'Agreed terms',
  'Review',
  'Nature of this agreement',
  'Signatures',
] as const;

const DEFAULTS: Partial<Record<ClauseId, string>> = {
  'mediation.voluntary':
    'Taking part in mediation was voluntary. Each party agreed to it and was free to leave at any time, and each enters into this agreement freely.',
  'mediation.confidentiality':
    'What was said in the mediation is confidential to the parties and the mediator and will not be used in any later procedure, except where the law requires or a party’s safety is at risk. This agreement is shared only with the parties, the mediator and, so far as needed to support it, {organisation}’s HR function.',
  'mediation.noAdmission':
    'This agreement is not an admission of liability, fault or wrongdoing by any party. It records commitments made in good faith about how the parties will work together from now on.',
};

const OUTCOME_TEXT = {
  full: 'The parties reached agreement on all the matters discussed.',
  partial:
    'The parties reached agreement on some of the matters discussed. Those not agreed remain open and may be taken forward by other means.',
  none: 'The parties did not reach agreement.',
} as const;

const h1 = (i: number): Block => ({ type: 'heading', level: 1, text: MEDIATION_SECTIONS[i] ?? '' });

function buildAgreement(input: z.infer<typeof mediationAgreementInputSchema>): Block[] {
  const m = input.mediation;
  const org = input.context.organisation;
  const people = personIndex(input.people);
  const nameOf = (id: string) => people.get(id)?.name ?? 'Unknown person';
  const sessions = [...m.jointSessions].sort((a, b) => a.on.localeCompare(b.on));
  const outcome = m.agreement.outcome;
  return [
    counselCallout(),
    {
      type: 'title',
      text: 'Mediation agreement',
      subtitle: `Memorandum of understanding · ${input.caseNumber} · ${formatDate(
        input.documentDate ?? isoDate(input.context.createdAt),
      )}`,
    },
    h1(0),
    {
      type: 'table',
      columns: [
        { header: 'Party', weight: 4 },
        { header: 'Job title', weight: 3 },
        { header: 'Department', weight: 2.5 },
        { header: 'Consented to mediation', weight: 2.5 },
      ],
      rows: m.participants.map((p) => {
        const person = people.get(p.personId);
        return [
          nameOf(p.personId),
          person?.title ?? '—',
          person?.department ?? '—',
          p.consentedOn ? formatDate(p.consentedOn) : 'Not recorded',
        ];
      }),
    },
    { type: 'keyValue', items: [{ key: 'Mediator', value: m.mediator || 'Not named' }] },
    h1(1),
    sessions.length
      ? {
          type: 'list',
          items: sessions.map((s, i) => `Joint session ${i + 1}: ${formatDate(s.on)}`),
        }
      : { type: 'paragraph', tone: 'muted', text: 'No joint session recorded.' },
    {
      type: 'paragraph',
      tone: 'small',
      text: 'The mediator may also have met each party privately. What was said in a private meeting stays with that party and the mediator and is not part of this agreement.',
    },
    h1(2),
    { type: 'paragraph', text: outcome ? OUTCOME_TEXT[outcome] : 'No outcome recorded.' },
    h1(3),
    m.agreement.terms.length
      ? { type: 'list', ordered: true, items: m.agreement.terms.map((t) => t.text) }
      : { type: 'paragraph', tone: 'muted', text: 'No terms recorded.' },
    h1(4),
    {
      type: 'paragraph',
      text: m.agreement.reviewOn
        ? `The parties and the mediator will review how this agreement is working on ${formatDate(m.agreement.reviewOn)}.`
        : 'No review date has been set.',
    },
    h1(5),
    {
      type: 'list',
      items: [
        clause(org, 'mediation.voluntary', DEFAULTS, { organisation: org.name }),
        clause(org, 'mediation.confidentiality', DEFAULTS, { organisation: org.name }),
        clause(org, 'mediation.noAdmission', DEFAULTS, { organisation: org.name }),
      ],
    },
    h1(6),
    {
      type: 'paragraph',
      text: m.agreement.signedOn
        ? `Signed on ${formatDate(m.agreement.signedOn)}.`
        : 'Each party and the mediator sign and date below.',
    },
    ...signatureBlocks([
      ...m.participants.map((p) => ({ name: nameOf(p.personId), role: 'Party' })),
      { name: m.mediator || 'Mediator', role: 'Mediator' },
    ]),
  ];
}

/** A signature block holds at most 12; a large group mediation gets several in a row. */
function signatureBlocks(signatories: { name: string; role: string }[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < signatories.length; i += 12) {
    blocks.push({ type: 'signatures', signatories: signatories.slice(i, i + 12) });
  }
  return blocks;
}

export async function renderMediationAgreement(raw: MediationAgreementInput): Promise<RenderedPdf> {
  const input = parseOrThrow(mediationAgreementInputSchema, raw, 'mediation agreement input');
  return renderPdf(
    { blocks: buildAgreement(input) },
    renderOptionsFor(
      input.context,
      `Mediation agreement ${input.caseNumber}`,
      'Confidential mediation agreement',
    ),
  );
}
