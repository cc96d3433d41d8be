/**
 * Data encoders named in catalog templates (`"encode": ...`). Each turns authored text into
 * registry data; failures are UserErrors that point into the authored text.
 */
import { sddlToSecurityDescriptorBytes } from '../formats/sddl.js';

export type EncoderName = 'securityDescriptor';

/** SDDL text -> self-relative security descriptor as lower-case hex (REG_BINARY data). */
export function encodeData(name: EncoderName, text: string): string {
  switch (name) {
    case 'securityDescriptor':
      return Buffer.from(sddlToSecurityDescriptorBytes(text)).toString('hex');
  }
}
