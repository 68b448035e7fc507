/** What a person chose before joining: which devices, and whether each starts on. */
export interface MediaChoices {
  videoEnabled: boolean;
  audioEnabled: boolean;
  videoDeviceId: string;
  audioDeviceId: string;
}

export const DEFAULT_CHOICES: MediaChoices = {
  videoEnabled: true,
  audioEnabled: true,
  videoDeviceId: '',
  audioDeviceId: '',
};
