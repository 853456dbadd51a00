import { useTranslation } from 'react-i18next';
import type { ExitForm } from '@shared/domain/interview';
import { formatDate } from '../cases/case-ids';
import { SectionCard } from '../cases/workspace/SectionCard';

/** The exit form of a finalised exit interview, read-only. */
export function ExitSummary({ form }: { form: ExitForm }) {
  const { t, i18n } = useTranslation();
  const date = (d: string | null) => formatDate(d, i18n.language) || t('interviews.record.none');
  const yesNo = (v: boolean | null) =>
    t(v === null ? 'interviews.yesNo.unknown' : v ? 'interviews.yesNo.yes' : 'interviews.yesNo.no');
  const facts: [string, string][] = [
    [
      t('interviews.exit.reasons'),
      form.reasons.length ? form.reasons.join(', ') : t('interviews.record.none'),
    ],
    [t('interviews.exit.primary'), form.primaryReason ?? t('interviews.record.none')],
    [t('interviews.exit.noticeGiven'), yesNo(form.noticeGiven)],
    [t('interviews.exit.noticeOn'), date(form.noticeOn)],
    [t('interviews.exit.lastDay'), date(form.lastDay)],
    [
      t('interviews.exit.rehire'),
      [
        form.rehire
          ? t(`interviews.exit.rehireOptions.${form.rehire}`)
          : t('interviews.exit.notDecided'),
        form.rehireNote,
      ]
        .filter(Boolean)
        .join(' — '),
    ],
    [t('interviews.exit.nonCompete'), date(form.nonCompeteEndsOn)],
    [t('interviews.exit.nonSolicit'), date(form.nonSolicitEndsOn)],
    [t('interviews.exit.alumni'), yesNo(form.alumniContactConsent)],
  ];
  return (
    <SectionCard title={t('interviews.exit.title')}>
      <dl className="iv-facts">
        {facts.map(([label, value]) => (
          <div key={label} className="iv-facts__item">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {form.comments && <p className="iv-entry__answer iv-entry__answer--flush">{form.comments}</p>}
    </SectionCard>
  );
}
