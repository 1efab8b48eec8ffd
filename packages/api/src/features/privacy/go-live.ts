import { PrivacySetup, RetentionPolicy, SafeguardingRole } from '@driehoek/db';
import { goLiveGaps, retentionSettingsFor } from '@driehoek/domain/privacy';
import { goLiveView } from '@driehoek/contracts/privacy';
import { today } from '../../clock/index.js';
import { adminProcedure } from '../../trpc/index.js';

/** PRV-5: the go-live checklist from what the organisation recorded (DPIA, Art. 30 register, safeguarding lead and deputy, retention schedule, privacy notice, processor agreements). */
export const goLive = adminProcedure.output(goLiveView).query(async ({ ctx }) => {
  const organisation = ctx.actor.organisationId;
  const [setup, policy, roles] = await Promise.all([
    ctx.em.findOne(PrivacySetup, { organisation }),
    ctx.em.findOne(RetentionPolicy, { organisation, programme: null }),
    ctx.em.find(SafeguardingRole, { organisation }),
  ]);
  const assessment = goLiveGaps(
    {
      dpia: setup?.dpia ?? null,
      processingRegister: setup?.processingRegisterUpdatedOn ? { updatedOn: setup.processingRegisterUpdatedOn } : null,
      safeguardingContacts: roles.map((role) => ({ personId: role.staffMember.id, role: role.role })),
      retention: policy?.adoptedOn ? { adoptedOn: policy.adoptedOn, settings: retentionSettingsFor(policy.changes) } : null,
      privacyNotice: setup?.privacyNotice ?? null,
      processors: setup?.processors ?? [],
    },
    today(ctx.services.clock),
  );
  return { mayProcessChildrensData: assessment.mayProcessChildrensData, gaps: assessment.gaps.map((gap) => ({ ...gap })) };
});
