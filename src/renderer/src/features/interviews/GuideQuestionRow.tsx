import { ArrowDown, ArrowUp, Trash2 } from 'lucide-react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { DraftQuestion } from './guide-draft';

/** One question of a guide being edited: its section heading, its text, and keyboard moves. */
export function GuideQuestionRow({
  question: q,
  n,
  count,
  onChange,
  onMove,
  onRemove,
}: {
  question: DraftQuestion;
  n: number;
  count: number;
  onChange: (patch: Partial<DraftQuestion>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <li className="guide-form__question">
      <label className="cw-field cw-field--short">
        <span className="cw-field__label">{t('settings.guides.section', { n })}</span>
        <input
          className="cw-input"
          value={q.section}
          maxLength={100}
          onChange={(e) => onChange({ section: e.target.value })}
        />
      </label>
      <label className="cw-field cw-field--full guide-form__text">
        <span className="cw-field__label">{t('settings.guides.question', { n })}</span>
        <textarea
          className="cw-input cw-input--area"
          rows={2}
          data-text={q.key}
          value={q.text}
          onChange={(e) => onChange({ text: e.target.value })}
        />
      </label>
      <div className="guide-form__row-actions">
        <Button
          className="cw-icon-button"
          aria-label={t('settings.guides.moveUp', { n })}
          isDisabled={n === 1}
          data-move={`-1:${q.key}`}
          onPress={() => onMove(-1)}
        >
          <ArrowUp size={14} aria-hidden="true" />
        </Button>
        <Button
          className="cw-icon-button"
          aria-label={t('settings.guides.moveDown', { n })}
          isDisabled={n === count}
          data-move={`1:${q.key}`}
          onPress={() => onMove(1)}
        >
          <ArrowDown size={14} aria-hidden="true" />
        </Button>
        <Button
          className="cw-icon-button"
          aria-label={t('settings.guides.removeQuestion', { n })}
          isDisabled={count === 1}
          onPress={onRemove}
        >
          <Trash2 size={14} aria-hidden="true" />
        </Button>
      </div>
    </li>
  );
}
