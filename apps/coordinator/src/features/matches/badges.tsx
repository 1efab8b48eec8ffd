import { useTranslation } from 'react-i18next';
import { Badge } from '@driehoek/ui/Badge';
import type { MatchStage } from './vocabulary';

type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

const STAGE_TONE: Record<MatchStage, Tone> = {
  proposed: 'info',
  introduced: 'info',
  agreed: 'info',
  contracted: 'info',
  scheduled: 'warning',
  active: 'success',
  suspended: 'warning',
  declined: 'danger',
  ended: 'neutral',
};

export function MatchStageBadge({ stage }: { stage: MatchStage }) {
  const { t } = useTranslation();
  return <Badge tone={STAGE_TONE[stage]}>{t(`matchStage.${stage}`)}</Badge>;
}
