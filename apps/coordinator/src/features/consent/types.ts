import type { z } from 'zod';
import type { consentPurpose } from '@driehoek/contracts/consent';

export type ConsentPurpose = z.infer<typeof consentPurpose>;
