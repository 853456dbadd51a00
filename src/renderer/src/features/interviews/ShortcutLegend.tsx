import { Keyboard } from 'lucide-react';
import { useTranslation } from 'react-i18next';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl';
const alt = isMac ? '⌥' : 'Alt';

const shortcuts = [
  { keys: [mod, 'Enter'], id: 'next' },
  { keys: [mod, 'Shift', 'Enter'], id: 'adHoc' },
  { keys: [alt, 'V'], id: 'verbatim' },
  { keys: [alt, 'F'], id: 'followUp' },
  { keys: [mod, 'J'], id: 'note' },
] as const;

/** Always on screen while notes are taken: nobody should have to remember them mid-meeting. */
export function ShortcutLegend() {
  const { t } = useTranslation();
  return (
    <aside className="iv-legend" aria-label={t('interviews.shortcuts.title')}>
      <p className="iv-legend__title">
        <Keyboard size={14} aria-hidden="true" />
        {t('interviews.shortcuts.title')}
      </p>
      <dl className="iv-legend__list">
        {shortcuts.map((s) => (
          <div key={s.id} className="iv-legend__item">
            <dt>
              {s.keys.map((k, i) => (
                <span key={k}>
                  {i > 0 && '+'}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </dt>
            <dd>{t(`interviews.shortcuts.${s.id}`)}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
