import { HolidayEdit, School } from '@driehoek/db';
import { checkHolidayEdit } from '@driehoek/domain/school-holidays';
import { addHolidayEditInput, holidayEditView as holidayEditOutput, schoolHolidaysView as viewOutput } from '@driehoek/contracts/school-holidays';
import { z } from 'zod';
import { today } from '../../clock/index.js';
import { AppError } from '../../errors/index.js';
import { coordinatorProcedure, router } from '../../trpc/index.js';
import { editsChanged, holidayEditOf } from './school-holidays-of.js';
import { holidayEditView, schoolHolidaysView } from './view.js';

const get = coordinatorProcedure.output(viewOutput).query(({ ctx }) => schoolHolidaysView(ctx.em, ctx.actor.organisationId, today(ctx.services.clock)));

/** Adds a study day, a local day off or lessons after all; every schedule of the schools it covers follows at once. */
const addEdit = coordinatorProcedure
  .input(addHolidayEditInput)
  .output(holidayEditOutput)
  .mutation(async ({ ctx, input }) => {
    const school = input.schoolId ? await ctx.em.findOne(School, { id: input.schoolId, organisation: ctx.actor.organisationId }) : null;
    if (input.schoolId && !school) throw new AppError('NOT_FOUND', 'schoolId');
    const row = ctx.em.create(HolidayEdit, {
      organisation: ctx.actor.organisationId,
      school,
      region: input.region,
      kind: input.kind,
      from: input.from,
      until: input.until,
      reason: input.kind === 'dayOff' ? input.reason : null,
      name: input.kind === 'dayOff' ? input.name : null,
      note: input.kind === 'schoolDay' && input.note ? input.note : null,
      createdBy: ctx.actor.id,
    });
    const refusal = checkHolidayEdit(holidayEditOf(row));
    if (refusal) {
      ctx.em.remove(row);
      throw new AppError(refusal.code, refusal.field);
    }
    await ctx.em.flush();
    editsChanged(ctx.em);
    return holidayEditView(row);
  });

const removeEdit = coordinatorProcedure
  .input(z.object({ editId: z.string().min(1).max(64) }))
  .output(z.object({ removed: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const row = await ctx.em.findOne(HolidayEdit, { id: input.editId, organisation: ctx.actor.organisationId });
    if (!row) throw new AppError('NOT_FOUND', 'editId');
    ctx.em.remove(row);
    await ctx.em.flush();
    editsChanged(ctx.em);
    return { removed: true as const };
  });

export const holidaysRouter = router({ get, addEdit, removeEdit });
