import {
  agreeWeeklyTimeInput,
  declineMatchInput,
  matchActionInput,
  matchDetail,
  recordAgreementInput,
  recordContractSignatureInput,
  recordIntroductionInput,
  recordWarmHandoverInput,
} from '@driehoek/contracts/matches';
import {
  agreeWeeklyTime as agreeWeeklyTimeRule,
  confirmMatch,
  declineMatch,
  recordAgreement as recordAgreementRule,
  recordContractSignature as recordContractSignatureRule,
  recordIntroduction as recordIntroductionRule,
  recordWarmHandover as recordWarmHandoverRule,
} from '@driehoek/domain/match';
import { accept } from '@driehoek/domain/result';
import { coordinatorProcedure } from '../../trpc/index.js';
import { today } from '../../clock/index.js';
import { changeMatch } from './change-match.js';

const step = coordinatorProcedure.output(matchDetail);

/** The matching conversation (matchingsgesprek): who attended, someone of the organisation present. */
export const recordIntroduction = step.input(recordIntroductionInput).mutation(({ ctx, input }) =>
  changeMatch(ctx.em, ctx.actor, input.matchId, 'match.introduction', (record, settings) =>
    recordIntroductionRule(record, { heldOn: input.heldOn, attendees: input.attendees, organisationRepresentative: input.organisationRepresentative || null }, settings.lifecycle, today(ctx.services.clock)),
  ),
);

/** "Als van beide kanten ingestemd wordt": the volunteer's or the family's yes. */
export const recordAgreement = step.input(recordAgreementInput).mutation(({ ctx, input }) =>
  changeMatch(ctx.em, ctx.actor, input.matchId, `match.agreement.${input.side}`, (record, settings) =>
    recordAgreementRule(record, { side: input.side, agreedOn: input.agreedOn }, settings.lifecycle, today(ctx.services.clock)),
  ),
);

/** A signature on the contract by the pupil, a parent, the volunteer (or the mentee). */
export const recordContractSignature = step.input(recordContractSignatureInput).mutation(({ ctx, input }) =>
  changeMatch(ctx.em, ctx.actor, input.matchId, `match.signature.${input.signer}`, (record, settings) =>
    recordContractSignatureRule(record, { signer: input.signer, signedBy: input.signedBy, signedOn: input.signedOn, textVersion: input.textVersion }, settings.lifecycle, today(ctx.services.clock)),
  ),
);

/** "Daarna wordt een geschikt tijdstip in de week overeengekomen." */
export const agreeWeeklyTime = step.input(agreeWeeklyTimeInput).mutation(({ ctx, input }) =>
  changeMatch(ctx.em, ctx.actor, input.matchId, 'match.weekly-time', (record, settings) =>
    agreeWeeklyTimeRule(
      record,
      { slots: input.slots, format: input.format, ...(input.place ? { place: input.place } : {}), agreedOn: input.agreedOn },
      settings.lifecycle,
      today(ctx.services.clock),
    ),
  ),
);

/** Thuisschoolmaatje: the school mentor's short call with the volunteer before the start. */
export const recordWarmHandover = step.input(recordWarmHandoverInput).mutation(({ ctx, input }) =>
  changeMatch(ctx.em, ctx.actor, input.matchId, 'match.warm-handover', (record) =>
    recordWarmHandoverRule(record, { heldOn: input.heldOn, by: input.by }, today(ctx.services.clock)),
  ),
);

/** After the getting-to-know weeks, the coordinator confirms the match (Parent'R'US). */
export const confirm = step.input(matchActionInput).mutation(({ ctx, input }) =>
  changeMatch(ctx.em, ctx.actor, input.matchId, 'match.confirmed', (record) => {
    const day = today(ctx.services.clock);
    return confirmMatch(record, { confirmedOn: day, by: ctx.actor.name }, day);
  }),
);

/** Either side, or the coordinator, declines: the reason is kept and the pupil is back on the board. */
export const decline = step.input(declineMatchInput).mutation(({ ctx, input }) =>
  changeMatch(ctx.em, ctx.actor, input.matchId, 'match.declined', (record) => {
    const day = today(ctx.services.clock);
    const result = declineMatch(record, { by: input.by, reason: input.reason, on: day }, day);
    return result.ok ? accept(result.value.match) : result;
  }),
);
