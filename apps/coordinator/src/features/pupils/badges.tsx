import { useTranslation } from 'react-i18next';
import { Badge } from '@driehoek/ui/Badge';
import type { NominationStatus } from './vocabulary';

type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

const STATUS_TONE: Record<NominationStatus, Tone> = {
  consentPending: 'warning',
  waiting: 'info',
  matched: 'success',
  closed: 'neutral',
};

export function NominationStatusBadge({ status }: { status: NominationStatus }) {
  const { t } = useTranslation();
  return <Badge tone={STATUS_TONE[status]}>{t(`nominationStatus.${status}`)}</Badge>;
}
