import { Checkbox, CheckboxGroup, Label, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { protectedCharacteristics, type ProtectedCharacteristic } from '@shared/domain/case-types';

/** Protected characteristics as a group of checkboxes (special-category data: kept off lists). */
export function CharacteristicsField({
  value,
  onChange,
  required,
  error,
}: {
  value: ProtectedCharacteristic[];
  onChange: (value: ProtectedCharacteristic[]) => void;
  required: boolean;
  error?: string | null;
}) {
  const { t } = useTranslation();
  return (
    <CheckboxGroup
      className="cw-checkgroup"
      value={value}
      onChange={(keys) => onChange(protectedCharacteristics.filter((c) => keys.includes(c)))}
      isInvalid={Boolean(error)}
      isRequired={required}
      validationBehavior="aria"
    >
      <Label className="cw-field__label">{t('cases.fields.protectedCharacteristics')}</Label>
      <Text slot="description" className="cw-field__description">
        {t('cases.intake.characteristicsHint')}
      </Text>
      <div className="cw-checkgroup__options">
        {protectedCharacteristics.map((c) => (
          <Checkbox key={c} value={c} className="cw-checkbox">
            <span className="cw-checkbox__box" aria-hidden="true" />
            {t(`cases.characteristic.${c}`)}
          </Checkbox>
        ))}
      </div>
      {error && (
        <p className="cw-field__error" role="alert">
          {error}
        </p>
      )}
    </CheckboxGroup>
  );
}
