import { ShieldAlert, ShieldCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { admonitionKeys, type Interview } from '@shared/domain/interview';
import { formatDate, formatTimestamp } from '../cases/case-ids';
import { SectionCard } from '../cases/workspace/SectionCard';
import { AddendaPanel } from './AddendaPanel';
import { ExitSummary } from './ExitSummary';
import { formatClock } from './format-clock';
import type { Integrity } from './InterviewScreen';
import { groupsOf } from './note-flow';
import { ReviewPanel } from './ReviewPanel';
import type { InterviewSaved } from './use-interview-autosave';

/** A finalised interview: read-only, with who locked it, when, its hash and how it checks out. */
export function FinalisedInterview({
  interview: iv,
  integrity,
  onSaved,
}: {
  interview: Interview;
  integrity: Integrity;
  onSaved: (saved: InterviewSaved) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const fin = iv.finalised;
  if (!fin) return null;
  const intact = integrity === 'intact';
  return (
    <>
      <section
        className={`iv-seal${intact ? '' : ' iv-seal--altered'}`}
        aria-label={t('interviews.record.sealLabel')}
      >
        {intact ? (
          <ShieldCheck size={20} aria-hidden="true" />
        ) : (
          <ShieldAlert size={20} aria-hidden="true" />
        )}
        <div>
          <p className="iv-seal__title">
            {t('interviews.record.finalisedBy', {
              name: fin.by || t('interviews.record.unknownActor'),
              at: formatTimestamp(fin.at, locale),
            })}
          </p>
          <p className="iv-seal__hash">
            SHA-256 <code>{fin.sha256}</code>
          </p>
          <p className="iv-seal__integrity" role={intact ? undefined : 'alert'}>
            {t(intact ? 'interviews.record.intact' : 'interviews.record.altered')}
          </p>
        </div>
      </section>
      <SectionCard title={t('interviews.record.title')}>
        <dl className="iv-facts">
          <Fact label={t('interviews.fields.date')} value={formatDate(iv.scheduledOn, locale)} />
          <Fact
            label={t('interviews.record.time')}
            value={[iv.startTime, iv.endTime].filter(Boolean).join('–')}
          />
          <Fact
            label={t('interviews.fields.mode')}
            value={[t(`interviews.mode.${iv.mode}`), iv.place].filter(Boolean).join(' · ')}
          />
          <Fact
            label={t('interviews.fields.status')}
            value={[t(`interviews.status.${iv.status}`), iv.statusReason]
              .filter(Boolean)
              .join(': ')}
          />
          <Fact
            label={t('interviews.consent.title')}
            value={t(`interviews.consent.${iv.recordingConsent}`)}
          />
          <Fact
            label={t('interviews.attendees.title')}
            value={iv.attendees
              .map(
                (a) =>
                  `${a.name} (${t(`interviews.attendees.roles.${a.role}`)}${a.timeIn ? ` ${a.timeIn}` : ''}${a.timeOut ? `–${a.timeOut}` : ''})`,
              )
              .join(', ')}
          />
        </dl>
        <ul className="iv-checklist iv-checklist--read" aria-label={t('interviews.opening.title')}>
          {admonitionKeys.map((key) => {
            const at = iv.admonitions[key];
            return (
              <li key={key} className="iv-checklist__item">
                <span>{t(`interviews.opening.${key}`)}</span>
                <span className="iv-stamp">
                  {at ? formatClock(at, locale) : t('interviews.record.notGiven')}
                </span>
              </li>
            );
          })}
        </ul>
      </SectionCard>
      {iv.kind === 'exit' && iv.exit && <ExitSummary form={iv.exit} />}
      <SectionCard title={t('interviews.notes.title')}>
        {groupsOf(iv.entries).map((group, g) => (
          <section
            key={g}
            className="iv-group"
            aria-label={group.section || t('interviews.notes.noSection')}
          >
            {group.section && <h4 className="iv-group__title">{group.section}</h4>}
            <ol className="iv-entries">
              {group.entries.map(({ entry, n }) => (
                <li key={entry.id} className="iv-entry iv-entry--read">
                  <div className="iv-entry__head">
                    <span className="iv-entry__n">
                      {entry.kind === 'note' ? t('interviews.notes.noteBadge') : `Q${n}`}
                    </span>
                    <p className="iv-entry__question">
                      {entry.kind === 'note' ? t('interviews.notes.freeNote') : entry.question}
                    </p>
                    {entry.at && <span className="iv-stamp">{formatClock(entry.at, locale)}</span>}
                  </div>
                  {entry.verbatim ? (
                    <blockquote className="iv-quote">{entry.answer}</blockquote>
                  ) : (
                    <p className="iv-entry__answer">
                      {entry.answer || t('interviews.record.noAnswer')}
                    </p>
                  )}
                  {entry.followUp && (
                    <p className="iv-followup">
                      {t('interviews.notes.followUpShown', { text: entry.followUp.text })}
                    </p>
                  )}
                </li>
              ))}
            </ol>
          </section>
        ))}
        {iv.closingNote && (
          <div>
            <h4 className="iv-group__title">{t('interviews.closing.title')}</h4>
            <p className="iv-entry__answer">{iv.closingNote}</p>
          </div>
        )}
      </SectionCard>
      <AddendaPanel interview={iv} onSaved={onSaved} />
      <ReviewPanel interview={iv} onSaved={onSaved} />
    </>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  const { t } = useTranslation();
  return (
    <div className="iv-facts__item">
      <dt>{label}</dt>
      <dd>{value || t('interviews.record.none')}</dd>
    </div>
  );
}
