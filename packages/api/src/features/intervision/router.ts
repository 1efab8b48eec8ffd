import { z } from 'zod';
import { IntervisionAttendance, IntervisionMeeting, Match, openMatchOn, Programme, type EntityManager, type Volunteer } from '@driehoek/db';
// Until `support.ts` is exported from the entities' index, its entities are imported from the file itself.
import { intervisionListInput, intervisionMeetingInput, intervisionMeetingView, intervisionSummary, recordIntervisionInput } from '@driehoek/contracts/support';
import { coordinatorProcedure, router, type Actor } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { today } from '../../clock/index.js';
import { audit } from '../../audit/index.js';

async function loadProgramme(em: EntityManager, actor: Actor, programmeId: string) {
  const programme = await em.findOne(Programme, { id: programmeId, organisation: actor.organisationId });
  if (!programme) throw new AppError('NOT_FOUND', 'programmeId');
  return programme;
}

/** The volunteers whose match in the programme ran on that day: started on or before it, not declined, not ended before it. */
async function volunteersRunningOn(em: EntityManager, programme: Programme, on: string): Promise<Volunteer[]> {
  const matches = await em.find(
    Match,
    { organisation: programme.organisation, programme, startedOn: { $ne: null, $lte: on }, ...openMatchOn(on) },
    { populate: ['volunteer'] },
  );
  return [...new Map(matches.map((match) => [match.volunteer.id, match.volunteer])).values()];
}

const nameOf = (volunteer: Volunteer) => `${volunteer.firstName} ${volunteer.lastName}`;

async function listOf(em: EntityManager, programme: Programme) {
  const meetings = await em.find(IntervisionMeeting, { programme }, { populate: ['attendance'], orderBy: { heldOn: 'desc', createdAt: 'desc' } });
  return meetings.map((meeting) => {
    const attendance = meeting.attendance.getItems();
    return { id: meeting.id, heldOn: meeting.heldOn, topic: meeting.topic, present: attendance.filter((a) => a.present).length, expected: attendance.length };
  });
}

/** The programme's group intervision meetings, newest first, with how many came of how many were expected. */
const list = coordinatorProcedure
  .input(intervisionListInput)
  .output(z.array(intervisionSummary))
  .query(async ({ ctx, input }) => listOf(ctx.em, await loadProgramme(ctx.em, ctx.actor, input.programmeId)));

/** One meeting with its notes and who was there (and who was expected but did not come). */
const get = coordinatorProcedure
  .input(intervisionMeetingInput)
  .output(intervisionMeetingView)
  .query(async ({ ctx, input }) => {
    const meeting = await ctx.em.findOne(IntervisionMeeting, { id: input.meetingId, organisation: ctx.actor.organisationId }, { populate: ['attendance.volunteer'] });
    if (!meeting) throw new AppError('NOT_FOUND', 'meetingId');
    const attendance = meeting.attendance
      .getItems()
      .map((a) => ({ volunteerId: a.volunteer.id, name: nameOf(a.volunteer), present: a.present }))
      .sort((a, b) => a.name.localeCompare(b.name));
    return { id: meeting.id, programmeId: meeting.programme.id, heldOn: meeting.heldOn, topic: meeting.topic, notes: meeting.notes, attendance };
  });

/**
 * A group intervision meeting (Parent'R'US 3.3.5, monthly or every two weeks) with who came. The
 * attendees must be volunteers of this programme with a match running on the day; anyone else is
 * "not found". The other volunteers with a running match are recorded as absent.
 */
const record = coordinatorProcedure
  .input(recordIntervisionInput)
  .output(z.array(intervisionSummary))
  .mutation(async ({ ctx, input }) => {
    if (input.heldOn > today(ctx.services.clock)) throw new AppError('SCREENING.DATE_IN_FUTURE', 'heldOn');
    const programme = await loadProgramme(ctx.em, ctx.actor, input.programmeId);
    const running = await volunteersRunningOn(ctx.em, programme, input.heldOn);
    const attendees = new Set(input.attendees);
    const runningIds = new Set(running.map((volunteer) => volunteer.id));
    if ([...attendees].some((volunteerId) => !runningIds.has(volunteerId))) throw new AppError('NOT_FOUND', 'attendees');
    const meeting = ctx.em.create(IntervisionMeeting, {
      organisation: ctx.actor.organisationId,
      programme,
      heldOn: input.heldOn,
      topic: input.topic,
      notes: input.notes,
      createdById: ctx.actor.id,
    });
    for (const volunteer of running) ctx.em.create(IntervisionAttendance, { meeting, volunteer, present: attendees.has(volunteer.id) });
    audit(ctx.em, ctx.actor, 'intervision.record', 'Programme', programme.id);
    await ctx.em.flush();
    return listOf(ctx.em, programme);
  });

export const intervisionRouter = router({ list, get, record });
