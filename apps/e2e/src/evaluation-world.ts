/**
 * What the evaluation spec finds in the demo seed (packages/db/src/seed): the Parent'R'US
 * programme, whose template chooses the mid-term and final reports (tools 3 and 4) for mentor and
 * mentee, and its match of Ans de Graaf with Hanan Saleh (the mother of Yasmin), whose middle was
 * ten days ago, whatever today is: at its start the server sends the mid-term report to the mentee
 * (she gave the EVALUATION consent, EVA-1), and it is overdue (past the reminder's day). The
 * volunteer's own consent is given in the portal by the test; the next start sends hers.
 */
export const PARENT_RUS_MATCH = {
  volunteerEmail: 'ans.degraaf@example.org',
  volunteerName: 'Ans de Graaf',
  pupilName: 'Yasmin Saleh',
  menteeName: 'Hanan Saleh',
} as const;

/** The Dutch title of the Parent'R'US mid-term report (`@driehoek/domain/evaluation`). */
export const MID_TERM_REPORT_TITLE = 'Tussentijds verslag over mentorschap';
