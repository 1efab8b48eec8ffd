import { createHash } from 'node:crypto';
import { OrganisationSettings, type EntityManager } from '@driehoek/db';
import { LOGO_MAX_BYTES, type LogoType } from '@driehoek/contracts/organisation';
import { AppError } from '../../errors/index.js';

/** The first bytes each accepted image type starts with (its file signature). */
const SIGNATURES: Record<LogoType, (bytes: Uint8Array) => boolean> = {
  'image/png': (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => b[i] === byte),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/webp': (b) => String.fromCharCode(...b.subarray(0, 4)) === 'RIFF' && String.fromCharCode(...b.subarray(8, 12)) === 'WEBP',
};

/**
 * Decodes and checks an uploaded logo: the bytes must be the declared type (by their signature,
 * not by the name or what the browser said) and at most LOGO_MAX_BYTES.
 */
export function checkedLogo(type: LogoType, base64: string): { bytes: Buffer; hash: string } {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) throw new AppError('ORGANISATION.LOGO_TYPE', 'logo');
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > LOGO_MAX_BYTES) throw new AppError('ORGANISATION.LOGO_TOO_LARGE', 'logo');
  if (bytes.length < 12 || !SIGNATURES[type](bytes)) throw new AppError('ORGANISATION.LOGO_TYPE', 'logo');
  return { bytes, hash: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * The logo to serve at `/organisation-logo/<organisation>/<hash>`: only its bytes and type, and
 * only when the hash is the current one; null otherwise. Nothing else of the organisation is read.
 */
export async function organisationLogo(em: EntityManager, organisationId: string, hash: string): Promise<{ type: string; bytes: Buffer } | null> {
  if (!/^[0-9a-f-]{36}$/.test(organisationId) || !/^[0-9a-f]{64}$/.test(hash)) return null;
  const settings = await em.findOne(OrganisationSettings, { organisation: organisationId, logoHash: hash }, { populate: ['logo'] });
  if (!settings?.logo || !settings.logoType) return null;
  return { type: settings.logoType, bytes: Buffer.from(settings.logo) };
}
