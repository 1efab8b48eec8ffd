import type { IsoDate } from '@driehoek/domain/calendar';
import type { ConsentPurpose, ConsentRequirements } from '@driehoek/domain/consent';

/** What the demo seed needs from outside the database layer (the api provides it). */
export interface SeedServices {
  readonly today: IsoDate;
  hashPassword(password: string): Promise<string>;
  locate(postcode: string): Promise<{ lat: number; lon: number } | null>;
  /** The version id and hash of the consent notice shown, as the api computes them for the programme's consent settings. */
  notice(
    purpose: ConsentPurpose,
    language: 'nl' | 'en' | 'ar' | 'tr' | 'pl',
    childFriendly: boolean,
    requirements: Pick<ConsentRequirements, 'purposes'>,
  ): { versionId: string; contentHash: string };
}
