import { useMediaDevices } from '@livekit/components-react';
import { useId } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { SelectField } from '../../../lib/ui/select-field.tsx';

type DeviceSelectProps = {
  kind: 'videoinput' | 'audioinput';
  label: string;
  /** '' for the browser's default device. */
  value: string;
  onChange: (deviceId: string) => void;
};

/** A native select of the cameras or microphones this browser offers. */
export function DeviceSelect({ kind, label, value, onChange }: DeviceSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  // Browsers hide device names (and sometimes ids) until a page may use them.
  const devices = useMediaDevices({ kind }).filter((device) => device.deviceId !== '');
  const options = devices.map((device, index) => ({
    value: device.deviceId,
    label: device.label || t('room.prejoin.deviceNumber', { label, number: index + 1 }),
  }));
  return (
    <SelectField
      id={id}
      label={label}
      value={value}
      onChange={onChange}
      placeholder={t('room.prejoin.defaultDevice')}
      groups={[{ label: '', options }]}
    />
  );
}
