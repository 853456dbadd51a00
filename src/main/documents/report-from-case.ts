import type { CaseDoc } from '../../shared/domain/case-doc';
import {
  credibilityFactors,
  DEMEANOUR_CAUTION,
  type CredibilityAssessment,
  type CredibilityFactor,
} from '../../shared/domain/credibility';
import { planOf, type Interview } from '../../shared/domain/interview';
import type { ReportDetails } from '../../shared/domain/report-details';
import { ATTENDEE_ROLE, MODE_LABEL, timeSpan } from './statement-parts';

/**
 * The investigation report's interview list and credibility analysis from the case's own records
 * (issue #5), where the report details leave them out: who was interviewed, when, where and with
 * whom present; who was not, and why; and the credibility worksheets. Summaries of each account
 * stay the investigator's words (`accounts` in the details). Mediation is never read here, so no
 * caucus note can reach the report.
 */

type Credibility = NonNullable<ReportDetails['credibility']>[number];

const BEARING: Record<CredibilityAssessment['factors'][CredibilityFactor]['bearing'], string> = {
  supports: 'Supports the account',
  neutral: 'Neutral',
  undermines: 'Undermines the account',
  'not-assessed': 'Not assessed',
};

const OVERALL: Record<CredibilityAssessment['overall'], string> = {
  credible: 'Credible',
  'partly-credible': 'Partly credible',
  'not-credible': 'Not credible',
  'not-determined': 'Not determined',
};

/** The report details cap each text; a long note is cut rather than refusing the whole report. */
const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

const supplied = <T>(list: readonly T[] | undefined) => list !== undefined && list.length > 0;

/**
 * Attendees are names typed on the interview, not people records, so the redactor cannot know
 * them: the redacted copy gives their roles and times only.
 */
function present(iv: Interview, names: boolean): string {
  return iv.attendees
    .map((a) => {
      const span = timeSpan(a.timeIn, a.timeOut);
      const role = ATTENDEE_ROLE[a.role].toLowerCase();
      const times = span === '—' ? '' : `, ${span}`;
      return names ? `${a.name} (${role}${times})` : `${role}${span === '—' ? '' : ` (${span})`}`;
    })
    .join('; ');
}

function heldInterviews(doc: CaseDoc, names: boolean) {
  return planOf(doc.interviews)
    .filter((iv) => iv.kind === 'investigation' && iv.status === 'done' && iv.scheduledOn)
    .map((iv) => {
      const where = [MODE_LABEL[iv.mode], iv.place].filter(Boolean).join(', ');
      const when = timeSpan(iv.startTime, iv.endTime);
      return {
        personId: iv.personId,
        on: iv.scheduledOn as string,
        present: clip(present(iv, names), 1000),
        location: clip(when === '—' ? where : `${where}, ${when}`, 200),
      };
    });
}

/** Roles whose account an investigation normally hears (domain.md §2: interview order). */
const HEARD_ROLES = new Set(['complainant', 'respondent', 'witness']);

/**
 * Everyone the report must account for as not interviewed: declined or unavailable interviews with
 * their reasons, interviews still only planned, and parties who should be heard but have no
 * interview at all. Saying "everyone was interviewed" when a witness never was would make the
 * report indefensible, so the gap is printed rather than left out.
 */
function notHeld(doc: CaseDoc) {
  const plan = planOf(doc.interviews).filter((iv) => iv.kind === 'investigation');
  const heard = new Set(plan.filter((iv) => iv.status === 'done').map((iv) => iv.personId));
  const listed = new Set<string>();
  const rows: { personId: string; reason: string }[] = [];
  const add = (personId: string, reason: string) => {
    if (heard.has(personId) || listed.has(personId)) return;
    listed.add(personId);
    rows.push({ personId, reason: clip(reason, 2000) });
  };
  for (const iv of plan) {
    if (iv.status === 'declined' || iv.status === 'unavailable') {
      const what = iv.status === 'declined' ? 'Declined to be interviewed' : 'Unavailable';
      add(iv.personId, `${what}: ${iv.statusReason || 'no reason recorded'}`);
    }
  }
  for (const iv of plan) {
    if (iv.status === 'planned') {
      add(
        iv.personId,
        iv.scheduledOn
          ? `Interview planned for ${iv.scheduledOn}, not yet held`
          : 'Interview planned, not yet held',
      );
    }
  }
  for (const party of doc.parties) {
    if (HEARD_ROLES.has(party.role)) add(party.personId, 'Not interviewed: no reason recorded');
  }
  return rows;
}

function factorText(c: CredibilityAssessment, f: CredibilityFactor): string {
  const { bearing, note } = c.factors[f];
  const caution = f === 'demeanour' ? ` Caution: ${DEMEANOUR_CAUTION}` : '';
  const body = `${BEARING[bearing]}.${note ? ` ${note}` : ''}`;
  return clip(body, 4000 - caution.length) + caution;
}

const assessed = (c: CredibilityAssessment) =>
  c.overall !== 'not-determined' ||
  c.conclusion !== '' ||
  credibilityFactors.some((f) => c.factors[f].bearing !== 'not-assessed' || c.factors[f].note);

function credibilityOf(c: CredibilityAssessment): Credibility {
  return {
    personId: c.personId,
    plausibility: factorText(c, 'plausibility'),
    demeanor: factorText(c, 'demeanour'),
    motive: factorText(c, 'motive'),
    corroboration: factorText(c, 'corroboration'),
    pastRecord: factorText(c, 'pastRecord'),
    conclusion: clip(
      `Overall: ${OVERALL[c.overall]}.${c.conclusion ? ` ${c.conclusion}` : ''}`,
      4000,
    ),
  };
}

/** The details with the case's records filling what the investigator did not give. */
export function withCaseRecords(
  details: ReportDetails,
  doc: CaseDoc,
  options: { redacted: boolean } = { redacted: false },
): ReportDetails {
  const interviews = supplied(details.interviews)
    ? details.interviews
    : heldInterviews(doc, !options.redacted);
  const notInterviewed = supplied(details.notInterviewed) ? details.notInterviewed : notHeld(doc);
  const credibility = supplied(details.credibility)
    ? details.credibility
    : doc.credibility.filter(assessed).map(credibilityOf);
  return {
    ...details,
    ...(interviews?.length ? { interviews } : {}),
    ...(notInterviewed?.length ? { notInterviewed } : {}),
    ...(credibility?.length ? { credibility } : {}),
  };
}
