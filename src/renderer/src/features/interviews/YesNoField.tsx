import { useTranslation } from 'react-i18next';

/** Yes / no / not said: three radios, because "not asked" is not the same answer as "no". */
export function YesNoField({
  legend,
  name,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  value: boolean | null;
  onChange: (value: boolean | null) => void;
}) {
  const { t } = useTranslation();
  const options = [
    { v: true, label: t('interviews.yesNo.yes') },
    { v: false, label: t('interviews.yesNo.no') },
    { v: null, label: t('interviews.yesNo.unknown') },
  ];
  return (
    <fieldset className="cw-fieldset iv-yesno">
      <legend className="cw-field__label">{legend}</legend>
      <div className="iv-radios">
        {options.map((o) => (
          <label key={String(o.v)} className="iv-radio">
            <input
              type="radio"
              name={name}
              checked={value === o.v}
              onChange={() => onChange(o.v)}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
