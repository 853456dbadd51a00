import { z } from 'zod';
import type { Allegation, EvidenceLink, Finding } from '../../shared/domain/allegation';
import { caseDocSchema, type CaseDoc } from '../../shared/domain/case-doc';
import type { EvidenceItem } from '../../shared/domain/evidence';
import { reportDetailsSchema, type ReportDetails } from '../../shared/domain/report-details';
import { personSchema, type Person } from '../../shared/domain/person';
import { sortTimeline } from '../../shared/domain/timeline';
export { reportDetailsSchema, type ReportDetails };
import {
  clause,
  contentsTable,
  documentContextSchema,
  formatApproximate,
  formatDate,
  groupedHash,
  PARTY_ROLE_TITLE,
  personIndex,
  renderOptionsFor,
  tableOrNone,
  type ClauseId,
} from './document-kit';
import { renderPdf, type RenderedPdf } from './render';
import { createRedactor, redactSpec, roleLabels, type Redactor } from './redaction';
import { parseOrThrow, type Block } from './spec';

/**
 * The investigation report (domain.md §4), sections in the checklist's order, and its redacted
 * variant in which every person is their role label. Interviews and the credibility worksheet
 * come from another module later; until then `accounts` and `credibility` are optional inputs and
 * the builder falls back on the case file (intake account, party notes, disputed timeline facts).
 */

export const investigationReportInputSchema = z.strictObject({
  case: caseDocSchema,
  people: z.array(personSchema).max(5000),
  details: reportDetailsSchema,
  context: documentContextSchema,
  variant: z.enum(['full', 'redacted']),
});
export type InvestigationReportInput = z.input<typeof investigationReportInputSchema>;

/** Level-1 headings, in order: also the contents table and what the tests check. */
export const REPORT_SECTIONS = [
  '1. Case identification',
  '2. Authorisation and terms of reference',
  '3. Background and complaint summary',
  '4. Allegations',
  '5. Parties',
  '6. Policies applied and standard of proof',
  '7. Plan and methodology',
  '8. Evidence not collected and people not interviewed',
  '9. Interim measures',
  '10. Summary of each account',
  '11. Credibility analysis',
  '12. Findings of fact',
  '13. Conclusion',
  '14. Recommendations and remedial action',
  'Appendix A. Interviews',
  'Appendix B. Evidence index',
  'Appendix C. Chronology',
  'Sign-off',
] as const;

const FINDING_LABEL: Record<Finding, string> = {
  pending: 'Pending — no finding yet',
  substantiated: 'Substantiated',
  'partially-substantiated': 'Partially substantiated',
  'not-substantiated': 'Not substantiated',
  inconclusive: 'Inconclusive',
};

const DEFAULT_CLAUSES: Partial<Record<ClauseId, string>> = {
  'report.standardOfProof':
    'Each allegation was decided on the balance of probabilities (the preponderance of the ' +
    'evidence): whether it is more likely than not that the conduct happened as alleged, and ' +
    'if so whether it breached the policy. A higher standard is not appropriate for a workplace ' +
    'investigation. The findings are findings of fact and of policy breach, not legal conclusions.',
  'report.nonRetaliation':
    'All parties were reminded that retaliation against anyone who raises a concern or takes ' +
    'part in an investigation is prohibited and should be reported.',
};

function evidenceLabel(item: EvidenceItem): string {
  return `${item.exhibit} ${item.originalFileName}`;
}

function h1(text: string): Block {
  return { type: 'heading', level: 1, text };
}
function h2(text: string): Block {
  return { type: 'heading', level: 2, text };
}
function p(text: string, tone?: 'muted' | 'emphasis' | 'small'): Block {
  return tone ? { type: 'paragraph', text, tone } : { type: 'paragraph', text };
}
function list(items: string[], ordered = false): Block {
  return { type: 'list', items, ordered };
}
const orNone = (items: string[], none: string): Block =>
  items.length ? list(items) : p(none, 'muted');

interface Ctx {
  doc: CaseDoc;
  people: Map<string, Person>;
  details: ReportDetails;
  nameOf: (id: string) => string;
  settings: z.infer<typeof documentContextSchema>['organisation'];
}

function linkSourceLabel(ctx: Ctx, link: EvidenceLink): string {
  if (link.source.kind === 'evidence') {
    const id = link.source.evidenceId;
    const item = ctx.doc.evidence.find((e) => e.id === id);
    return item ? evidenceLabel(item) : 'Unknown exhibit';
  }
  const interviewId = link.source.interviewId;
  return `Interview record ${interviewId.slice(0, 8)}`;
}

function findingSection(ctx: Ctx, a: Allegation): Block[] {
  const links = ctx.doc.evidenceLinks.filter((l) => l.allegationId === a.id);
  const supporting = links.filter((l) => l.relation === 'supporting');
  const contrary = links.filter((l) => l.relation === 'contradicting');
  const blocks: Block[] = [
    h2(`${a.label}. ${FINDING_LABEL[a.finding]}`),
    {
      type: 'keyValue',
      items: [
        { key: 'Allegation', value: a.statement },
        { key: 'Finding', value: FINDING_LABEL[a.finding] },
        { key: 'Policy', value: a.policy || '—' },
      ],
    },
    { type: 'heading', level: 3, text: 'Reasons', outline: false },
    p(a.rationale || 'No rationale recorded yet.', a.rationale ? undefined : 'muted'),
    { type: 'heading', level: 3, text: 'Evidence supporting the finding', outline: false },
    orNone(
      supporting.map((l) => `${linkSourceLabel(ctx, l)}${l.note ? ` — ${l.note}` : ''}`),
      'No supporting evidence linked.',
    ),
    {
      type: 'heading',
      level: 3,
      text: 'Evidence against the finding and why it was discounted',
      outline: false,
    },
    orNone(
      contrary.map(
        (l) =>
          `${linkSourceLabel(ctx, l)} — ${l.note || 'NOT YET ADDRESSED: the rationale must say why this evidence was discounted.'}`,
      ),
      'No contrary evidence linked.',
    ),
  ];
  return blocks;
}

function buildReport(ctx: Ctx, caseId: string): Block[] {
  const { doc, details, nameOf } = ctx;
  const parties = doc.parties;
  const personLine = (id: string) => {
    const person = ctx.people.get(id);
    const bits = [nameOf(id), person?.title, person?.department].filter(Boolean);
    return bits.join(', ');
  };
  const pending = doc.allegations.filter((a) => a.finding === 'pending').length;
  const blocks: Block[] = [
    { type: 'title', text: 'Investigation report', subtitle: `${doc.number} · ${doc.title}` },
  ];
  if (pending > 0) {
    blocks.push({
      type: 'callout',
      tone: 'warning',
      title: 'Draft',
      text: `${pending} of ${doc.allegations.length} allegations have no finding yet. This report is not final.`,
    });
  }
  blocks.push(contentsTable(REPORT_SECTIONS), { type: 'pageBreak' });

  // 1
  blocks.push(h1(REPORT_SECTIONS[0]), {
    type: 'keyValue',
    items: [
      { key: 'Case number', value: doc.number },
      { key: 'Case', value: doc.title },
      {
        key: 'Investigator',
        value: [doc.investigator || '—', details.investigatorTitle].filter(Boolean).join(', '),
      },
      { key: 'Complaint received', value: formatDate(doc.intake.receivedOn) },
      { key: 'Investigation started', value: formatDate(details.startedOn) },
      { key: 'Report finalised', value: formatDate(details.finalisedOn) },
      {
        key: 'Confidentiality',
        value:
          'Confidential. Prepared for the people responsible for deciding this matter; not to be copied or shared further without authorisation.',
      },
      { key: 'Case reference', value: caseId },
    ],
  });

  // 2
  blocks.push(
    h1(REPORT_SECTIONS[1]),
    {
      type: 'keyValue',
      items: [
        { key: 'Commissioned by', value: details.commissionedBy },
        { key: 'Commissioned on', value: formatDate(details.commissionedOn) },
      ],
    },
    h2('Scope'),
    p(details.scope || 'No scope recorded.'),
    h2('Changes to the scope'),
    p(details.scopeChanges || 'None.', details.scopeChanges ? undefined : 'muted'),
  );

  // 3
  blocks.push(
    h1(REPORT_SECTIONS[2]),
    p(details.background || 'No background recorded.', details.background ? undefined : 'muted'),
    h2('The complaint'),
    {
      type: 'keyValue',
      items: [
        {
          key: 'Raised by',
          value: doc.intake.reportedBy ? nameOf(doc.intake.reportedBy) : 'Anonymous report',
        },
        { key: 'Received', value: formatDate(doc.intake.receivedOn) },
        { key: 'Channel', value: doc.intake.channel.replace(/-/g, ' ') },
      ],
    },
    p(doc.intake.account || 'No account recorded at intake.'),
  );
  if (doc.intake.desiredOutcome) {
    blocks.push(p(`Outcome sought: ${doc.intake.desiredOutcome}`, 'emphasis'));
  }

  // 4
  blocks.push(h1(REPORT_SECTIONS[3]));
  if (doc.allegations.length === 0) blocks.push(p('No allegations recorded.', 'muted'));
  for (const a of doc.allegations) {
    blocks.push(h2(`Allegation ${a.label}`), {
      type: 'keyValue',
      items: [
        { key: 'What', value: a.statement },
        { key: 'Who (respondent)', value: a.respondentIds.map(nameOf).join('; ') || '—' },
        { key: 'Raised by', value: a.complainantIds.map(nameOf).join('; ') || '—' },
        { key: 'When', value: a.dates.map(formatApproximate).join('; ') || 'Not stated' },
        { key: 'Policy', value: a.policy || '—' },
      ],
    });
  }

  // 5
  blocks.push(h1(REPORT_SECTIONS[4]), {
    type: 'table',
    columns: [
      { header: 'Role', weight: 2 },
      { header: 'Name', weight: 3 },
      { header: 'Title', weight: 3 },
      { header: 'Department', weight: 2.5 },
    ],
    rows: parties.map((party) => {
      const person = ctx.people.get(party.personId);
      return [
        PARTY_ROLE_TITLE[party.role] ?? party.role,
        nameOf(party.personId),
        person?.title ?? '—',
        person?.department ?? '—',
      ];
    }),
  });

  // 6
  blocks.push(
    h1(REPORT_SECTIONS[5]),
    orNone(details.policies, 'No policies listed.'),
    h2('Standard of proof'),
    p(
      clause(ctx.settings, 'report.standardOfProof', DEFAULT_CLAUSES, {
        organisation: ctx.settings.name,
      }),
    ),
  );

  // 7
  const interviews = details.interviews ?? [];
  blocks.push(
    h1(REPORT_SECTIONS[6]),
    h2('Interviews'),
    orNone(
      interviews.map(
        (i) =>
          `${nameOf(i.personId)} — ${formatDate(i.on)}${i.location ? `, ${i.location}` : ''}; present: ${i.present || 'the investigator only'}`,
      ),
      'No interviews recorded yet.',
    ),
    h2('Documents and data reviewed'),
    orNone(
      [
        ...doc.evidence.map(
          (e) => `${evidenceLabel(e)}${e.description ? ` — ${e.description}` : ''}`,
        ),
        ...(details.documentsReviewed ?? []),
      ],
      'None.',
    ),
    h2('Site visits'),
    orNone(details.siteVisits ?? [], 'None.'),
  );

  // 8
  blocks.push(
    h1(REPORT_SECTIONS[7]),
    h2('Evidence not collected'),
    orNone(
      (details.notCollected ?? []).map((n) => `${n.item} — ${n.reason}`),
      'None: all identified evidence was collected.',
    ),
    h2('People not interviewed'),
    orNone(
      (details.notInterviewed ?? []).map((n) => `${personLine(n.personId)} — ${n.reason}`),
      'None: everyone identified as relevant was interviewed.',
    ),
    h2('Anonymised statements'),
    orNone(
      (details.anonymisedStatements ?? []).map((s) => `${s.description} — ${s.reason}`),
      'None.',
    ),
  );

  // 9
  blocks.push(h1(REPORT_SECTIONS[8]));
  blocks.push(
    tableOrNone(
      [
        { header: 'Measure', weight: 2 },
        { header: 'Description', weight: 4 },
        { header: 'Affected', weight: 2.5 },
        { header: 'From – to', weight: 2 },
        { header: 'Approved by', weight: 2 },
      ],
      doc.interimMeasures.map((m) => [
        m.kind.replace(/-/g, ' '),
        m.description || '—',
        m.affectedPersonIds.map(nameOf).join('; ') || '—',
        `${formatDate(m.startsOn)} – ${m.endsOn ? formatDate(m.endsOn) : 'ongoing'}`,
        m.approvedBy || '—',
      ]),
      'No interim measures were taken.',
    ),
  );

  // 10
  blocks.push(h1(REPORT_SECTIONS[9]));
  const accounts = details.accounts ?? [];
  const heard = parties.filter((x) => ['complainant', 'respondent', 'witness'].includes(x.role));
  const seen = new Set<string>();
  for (const party of heard) {
    if (seen.has(party.personId)) continue;
    seen.add(party.personId);
    const given = accounts.filter((a) => a.personId === party.personId).map((a) => a.summary);
    const fallback =
      party.role === 'complainant' && doc.intake.reportedBy === party.personId && doc.intake.account
        ? [`Account at intake: ${doc.intake.account}`]
        : party.note
          ? [party.note]
          : [];
    const texts = given.length ? given : fallback;
    blocks.push(h2(`${PARTY_ROLE_TITLE[party.role]}: ${nameOf(party.personId)}`));
    blocks.push(
      ...(texts.length ? texts.map((x) => p(x)) : [p('No account recorded yet.', 'muted')]),
    );
  }
  if (heard.length === 0) blocks.push(p('No accounts recorded.', 'muted'));

  // 11
  blocks.push(h1(REPORT_SECTIONS[10]));
  const disputed = sortTimeline(doc.timeline.filter((f) => f.disputed));
  if (disputed.length) {
    blocks.push(
      h2('Disputed facts'),
      list(
        disputed.map(
          (f) => `${formatApproximate(f.when)}${f.time ? ` ${f.time}` : ''}: ${f.description}`,
        ),
      ),
    );
  }
  const credibility = details.credibility ?? [];
  for (const c of credibility) {
    const factor = (label: string, value?: string) => [label, value || '—'];
    blocks.push(
      h2(nameOf(c.personId)),
      {
        type: 'table',
        columns: [
          { header: 'Factor', weight: 2 },
          { header: 'Assessment', weight: 6 },
        ],
        rows: [
          factor('Inherent plausibility', c.plausibility),
          factor('Demeanor (used with caution)', c.demeanor),
          factor('Motive to falsify', c.motive),
          factor('Corroboration', c.corroboration),
          factor('Past record (used with caution)', c.pastRecord),
        ],
      },
      p(`Conclusion: ${c.conclusion}`, 'emphasis'),
    );
  }
  if (credibility.length === 0) {
    blocks.push(
      p(
        disputed.length
          ? 'The accounts conflict on the facts above; the credibility assessment has not been recorded yet.'
          : 'The accounts did not conflict on any material fact, so no credibility assessment was needed.',
        'muted',
      ),
    );
  }
  blocks.push(
    p(
      'Factors considered (EEOC 1999 guidance, best practice): inherent plausibility, demeanor, motive to falsify, corroboration and past record. The lack of an eyewitness does not by itself defeat an account.',
      'small',
    ),
  );

  // 12
  blocks.push(h1(REPORT_SECTIONS[11]));
  if (doc.allegations.length === 0) blocks.push(p('No allegations recorded.', 'muted'));
  for (const a of doc.allegations) blocks.push(...findingSection(ctx, a));

  // 13
  blocks.push(
    h1(REPORT_SECTIONS[12]),
    p(details.conclusion || doc.outcome.findingsSummary || 'No conclusion recorded yet.'),
    {
      type: 'table',
      columns: [
        { header: 'Allegation', weight: 1 },
        { header: 'Finding', weight: 3 },
      ],
      rows: doc.allegations.map((a) => [a.label, FINDING_LABEL[a.finding]]),
    },
  );

  // 14
  blocks.push(
    h1(REPORT_SECTIONS[13]),
    orNone(doc.outcome.recommendations, 'No recommendations recorded.'),
    h2('Remedial and corrective action'),
    orNone(details.remedialActions ?? [], 'None recommended.'),
    h2('Communication and aftercare'),
    p(details.communication || clause(ctx.settings, 'report.nonRetaliation', DEFAULT_CLAUSES)),
  );
  if (doc.outcome.aftercare.length) {
    blocks.push(
      list(
        doc.outcome.aftercare.map(
          (c) =>
            `Check-in ${formatDate(c.dueOn)}${c.personId ? ` with ${nameOf(c.personId)}` : ''}${c.note ? `: ${c.note}` : ''}`,
        ),
      ),
    );
  }

  // Appendices
  blocks.push({ type: 'pageBreak' }, h1(REPORT_SECTIONS[14]));
  blocks.push(
    tableOrNone(
      [
        { header: 'Interviewee', weight: 3 },
        { header: 'Date', weight: 2 },
        { header: 'Present', weight: 4 },
      ],
      interviews.map((i) => [nameOf(i.personId), formatDate(i.on), i.present || '—']),
      'No interview records yet.',
    ),
  );
  blocks.push(h1(REPORT_SECTIONS[15]));
  if (doc.evidence.length === 0) blocks.push(p('No evidence items.', 'muted'));
  else {
    blocks.push(
      {
        type: 'table',
        columns: [
          { header: 'Exhibit', weight: 1.1 },
          { header: 'File and description', weight: 4 },
          { header: 'Collected', weight: 1.8 },
          { header: 'SHA-256', weight: 3.2 },
        ],
        rows: doc.evidence.map((e) => [
          e.exhibit,
          [e.originalFileName, e.description, e.source ? `Source: ${e.source}` : '']
            .filter(Boolean)
            .join('\n'),
          `${formatDate(e.collectedOn)}${e.collectedBy ? `\n${e.collectedBy}` : ''}`,
          groupedHash(e.sha256),
        ]),
      },
      p(
        'SHA-256 taken when each file was imported; recomputing it on the original file shows that it is unchanged.',
        'small',
      ),
    );
  }
  blocks.push(h1(REPORT_SECTIONS[16]));
  const facts = sortTimeline(doc.timeline);
  blocks.push(
    tableOrNone(
      [
        { header: 'When', weight: 2 },
        { header: 'What happened', weight: 6 },
        { header: 'Disputed', weight: 1.2 },
      ],
      facts.map((f) => [
        `${formatApproximate(f.when)}${f.time ? ` ${f.time}` : ''}`,
        f.description,
        f.disputed ? 'Yes' : '',
      ]),
      'No chronology recorded.',
    ),
  );

  // Sign-off
  blocks.push(h1(REPORT_SECTIONS[17]), {
    type: 'signatures',
    signatories: [
      {
        name: doc.investigator || 'Investigator',
        role: 'Investigator',
        ...(details.investigatorTitle ? { title: details.investigatorTitle } : {}),
      },
      details.reviewer
        ? {
            name: details.reviewer.name,
            role: 'Reviewer / approver',
            ...(details.reviewer.title ? { title: details.reviewer.title } : {}),
          }
        : { name: 'Reviewer / approver', role: 'Reviewer / approver' },
    ],
  });
  return blocks;
}

export interface BuiltReport {
  spec: { blocks: Block[] };
  redactor: Redactor | null;
  title: string;
}

/** The spec alone (tests and the UI preview); `renderInvestigationReport` renders it. */
export function buildInvestigationReport(raw: InvestigationReportInput): BuiltReport {
  const input = parseOrThrow(investigationReportInputSchema, raw, 'investigation report input');
  const doc = input.case;
  const people = personIndex(input.people);
  const labels = roleLabels(doc.parties);
  const redacted = input.variant === 'redacted';
  const nameOf = (id: string) =>
    redacted
      ? (labels.get(id) ?? 'Person (not a party)')
      : (people.get(id)?.name ?? 'Unknown person');
  const ctx: Ctx = {
    doc,
    people,
    details: input.details,
    nameOf,
    settings: input.context.organisation,
  };
  const blocks = buildReport(ctx, doc.id.slice(0, 8));
  const title = `Investigation report ${doc.number}${redacted ? ' (redacted)' : ''}`;
  if (!redacted) return { spec: { blocks }, redactor: null, title };
  // People mentioned but not parties (not interviewed, in notes) are still names to hide.
  const partyIds = new Set(doc.parties.map((x) => x.personId));
  const others = input.people.filter((x) => !partyIds.has(x.id));
  const otherLabels = new Map(labels);
  others.forEach((x, i) => otherLabels.set(x.id, `Person ${String.fromCharCode(65 + (i % 26))}`));
  const managerNames = input.people.flatMap((x) =>
    x.manager?.kind === 'text' ? [{ name: x.manager.name, label: 'Manager (not a party)' }] : [],
  );
  const aliases = (input.details.aliases ?? []).flatMap((a) =>
    a.names.map((name) => ({ name, label: otherLabels.get(a.personId) ?? 'Person' })),
  );
  const redactor = createRedactor(input.people, otherLabels, [...managerNames, ...aliases]);
  const spec = redactSpec({ blocks }, redactor);
  spec.blocks.splice(1, 0, {
    type: 'callout',
    tone: 'info',
    title: 'Redacted copy',
    text: 'Names are replaced by role labels throughout, including the appendices and file names. The original report is kept unchanged.',
  });
  return { spec: { blocks: spec.blocks }, redactor, title };
}

export async function renderInvestigationReport(
  raw: InvestigationReportInput,
): Promise<RenderedPdf> {
  const built = buildInvestigationReport(raw);
  const context = documentContextSchema.parse(raw.context);
  return renderPdf(
    built.spec,
    renderOptionsFor(
      context,
      built.title,
      raw.variant === 'redacted' ? 'Redacted copy' : 'Investigation report',
    ),
  );
}
