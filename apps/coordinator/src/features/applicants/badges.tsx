import { useTranslation } from 'react-i18next';
import type { PipelineStage } from '../screening/vocabulary';
import { Badge } from '@driehoek/ui/Badge';

type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

const STAGE_TONE: Record<PipelineStage, Tone> = {
  intakeInterview: 'info',
  referenceChecks: 'info',
  vog: 'info',
  codeOfConduct: 'info',
  training: 'info',
  readyToMatch: 'success',
  actionRequired: 'warning',
  rejected: 'danger',
  withdrawn: 'neutral',
};

export function StageBadge({ stage }: { stage: PipelineStage }) {
  const { t } = useTranslation();
  return <Badge tone={STAGE_TONE[stage]}>{t(`stage.${stage}`)}</Badge>;
}

export function ReadyBadge({ ready }: { ready: boolean }) {
  const { t } = useTranslation();
  return <Badge tone={ready ? 'success' : 'neutral'}>{ready ? t('pipeline.ready') : t('pipeline.notReady')}</Badge>;
}
