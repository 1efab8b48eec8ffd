import type { ApplicantDetail } from '../../api-types';

/** What every step of the checklist gets: the applicant, whether it may still be changed, and a way to say "saved". */
export interface StepProps {
  applicant: ApplicantDetail;
  /** False once the application is rejected or withdrawn (the api refuses changes then). */
  editable: boolean;
  onSaved: () => void;
}
