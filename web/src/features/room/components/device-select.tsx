import { useMediaDevices } from '@livekit/components-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

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
  return (
    <div className="utrecht-form-field utrecht-form-field--select">
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <div className="utrecht-form-field__input">
        <select
          id={id}
          className="utrecht-select utrecht-select--html-select"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">{t('room.prejoin.defaultDevice')}</option>
          {devices.map((device, index) => (
            <option key={device.deviceId} value={device.deviceId}>
              {device.label || t('room.prejoin.deviceNumber', { label, number: index + 1 })}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
