/**
 * First-run command: creates an organisation (if new) and its first coordinator account.
 *   pnpm create-coordinator --organisation "School's cool Delft" --name "Eva" --email eva@example.org
 * The password is read from the DRIEHOEK_PASSWORD variable or asked for (not echoed), never a flag
 * (flags end up in shell history).
 */
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { z } from 'zod';
import { StaffMember, Organisation, openDatabase, parseDatabaseUrl } from '@driehoek/db';
import { hashPassword } from '@driehoek/api';
import { databaseSettings, loadConfig } from '../config.js';

const { values } = parseArgs({
  options: {
    organisation: { type: 'string' },
    name: { type: 'string' },
    email: { type: 'string' },
    role: { type: 'string', default: 'admin' },
  },
});

const input = z
  .object({
    organisation: z.string().trim().min(2, '--organisation is required'),
    name: z.string().trim().min(2, '--name is required'),
    email: z.email('--email must be an e-mail address').transform((e) => e.toLowerCase()),
    role: z.enum(['coordinator', 'admin']),
  })
  .safeParse(values);
if (!input.success) {
  console.error(input.error.issues.map((issue) => issue.message).join('\n'));
  process.exit(2);
}

async function readPassword(): Promise<string> {
  if (process.env.DRIEHOEK_PASSWORD) return process.env.DRIEHOEK_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const password = await rl.question('Password (at least 12 characters): ');
  rl.close();
  return password;
}

const password = await readPassword();
if (password.length < 12) {
  console.error('The password must have at least 12 characters.');
  process.exit(2);
}

const config = loadConfig();
const orm = await openDatabase(parseDatabaseUrl(config.DATABASE_URL), { settings: databaseSettings(config) });
try {
  const em = orm.em.fork();
  if (await em.findOne(StaffMember, { email: input.data.email })) {
    console.error(`A coordinator with e-mail ${input.data.email} already exists.`);
    process.exitCode = 1;
  } else {
    const organisation =
      (await em.findOne(Organisation, { name: input.data.organisation })) ?? em.create(Organisation, { name: input.data.organisation });
    em.create(StaffMember, {
      organisation,
      name: input.data.name,
      email: input.data.email,
      role: input.data.role,
      passwordHash: await hashPassword(password),
    });
    await em.flush();
    console.log(`Created ${input.data.role} ${input.data.email} for ${organisation.name}.`);
  }
} finally {
  await orm.close();
}
