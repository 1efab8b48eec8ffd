import { programmeSettingsFromTemplate } from '@driehoek/domain/programme';
import type { Orm } from '../orm.js';
import { Organisation, Programme, SafeguardingRole, School, StaffMember } from '../entities/index.js';
import type { SeedServices } from './services.js';
import { seedVolunteers } from './volunteers.js';
import { seedPupils } from './pupils.js';
import { seedMatches } from './matches.js';

export { DEMO_PARENT_EMAIL } from './pupils.js';
export type { SeedServices } from './services.js';

/** The demo logins printed at start-up and listed in the README. */
export const DEMO_LOGINS = [
  { email: 'coordinator@schoolscool.example', password: 'driehoek-demo', name: 'Fatima El Amrani', organisation: 'liemers' },
  { email: 'admin@schoolscool.example', password: 'driehoek-demo', name: 'Joost de Vries', organisation: 'liemers', role: 'admin' },
  { email: 'coordinator@utrecht.example', password: 'driehoek-demo', name: 'Anna Kowalska', organisation: 'utrecht' },
  { email: 'mentor@academie-tien.example', password: 'driehoek-demo', name: 'Sven Hoekstra', organisation: 'liemers', role: 'schoolMentor' },
  { email: 'national@mentorschap.example', password: 'driehoek-demo', name: 'Marieke Jansen', organisation: 'national', role: 'admin', national: true },
] as const;

/**
 * Fills an empty database with demo data: two organisations (to show that each sees only its
 * own), three programmes (one with a parent as the mentee), schools, coordinators and a school mentor, applicants in every screening
 * stage, and nominated pupils in every consent state. Does nothing when
 * an organisation already exists, so it is safe to run at every start.
 */
export async function seedDemo(orm: Orm, services: SeedServices): Promise<boolean> {
  const em = orm.em.fork();
  if ((await em.count(Organisation, {})) > 0) return false;

  // A national organisation whose regions are the two foundations; its administrator sees their figures added up.
  const national = em.create(Organisation, { name: 'Mentorschap Nederland' });
  const liemers = em.create(Organisation, { name: "School's cool De Liemers", parent: national });
  const utrecht = em.create(Organisation, { name: 'Mentorproject Utrecht', parent: national });
  const programmes = {
    schoolsCool: em.create(Programme, {
      organisation: liemers,
      name: "School's cool thuismentoraat",
      template: 'schoolsCool',
      settings: programmeSettingsFromTemplate('schoolsCool'),
    }),
    thuisschoolmaatje: em.create(Programme, {
      organisation: liemers,
      name: 'Thuisschoolmaatje',
      template: 'thuisschoolmaatje',
      settings: programmeSettingsFromTemplate('thuisschoolmaatje'),
    }),
    // Parent'R'US: the parent is the mentee; the template chooses the mid-term and final reports
    // (tools 3 and 4) for mentor and mentee, so its demo match gets its questionnaires. Named to
    // come after the other two (the pages open on the first programme by name).
    parentRus: em.create(Programme, {
      organisation: liemers,
      name: "Zevenaar Parent'R'US",
      template: 'parentRus',
      settings: programmeSettingsFromTemplate('parentRus'),
    }),
  };
  em.create(Programme, {
    organisation: utrecht,
    name: 'Thuismentoren Utrecht',
    template: 'schoolsCool',
    settings: programmeSettingsFromTemplate('schoolsCool'),
  });

  const schools = {
    academieTien: em.create(School, { organisation: liemers, name: 'Academie Tien', city: 'Utrecht', province: 'utrecht' }),
    liemersCollege: em.create(School, { organisation: liemers, name: 'Liemers College', city: 'Zevenaar', province: 'gelderland' }),
  };
  em.create(School, { organisation: utrecht, name: 'Globe College', city: 'Utrecht', province: 'utrecht' });

  const organisations = { liemers, utrecht, national };
  const staff: StaffMember[] = [];
  for (const login of DEMO_LOGINS) {
    const role = 'role' in login ? login.role : 'coordinator';
    staff.push(
      em.create(StaffMember, {
        organisation: organisations[login.organisation],
        school: role === 'schoolMentor' ? schools.academieTien : null,
        name: login.name,
        email: login.email,
        passwordHash: await services.hashPassword(login.password),
        role,
        national: 'national' in login && login.national,
      }),
    );
  }
  // SAF-17: De Liemers has its safeguarding lead (the admin, a board member) and a deputy (the
  // coordinator) before any of its matches starts. Utrecht, which runs no match yet, has none.
  em.create(SafeguardingRole, { organisation: liemers, staffMember: staff.find((member) => member.role === 'admin')!, role: 'lead' });
  em.create(SafeguardingRole, { organisation: liemers, staffMember: staff.find((member) => member.role === 'coordinator' && member.organisation === liemers)!, role: 'deputy' });
  await seedVolunteers(em, { organisation: liemers, programmes }, services);
  await seedPupils(
    em,
    {
      organisation: liemers,
      programmes,
      schools,
      schoolMentor: staff.find((member) => member.role === 'schoolMentor')!,
      coordinator: staff.find((member) => member.role === 'coordinator')!,
    },
    services,
  );
  await em.flush();
  await seedMatches(em, { organisation: liemers, coordinator: staff.find((member) => member.role === 'coordinator')! }, services.today);

  await em.flush();
  return true;
}
