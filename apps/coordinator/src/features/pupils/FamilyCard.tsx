import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { addFamilyMemberInput } from '@driehoek/contracts/pupils';
import { Badge } from '@driehoek/ui/Badge';
import { Button } from '@driehoek/ui/Button';
import { Card } from '@driehoek/ui/Card';
import { trpc } from '../../trpc';
import { StepForm } from '../../forms/StepForm';
import { NOT_SAVED, SavedNotice, savedWith, type Saved } from '../../forms/SavedNotice';
import { FamilyMemberFields, emptyFamilyMember } from './FamilyMemberFields';
import { useFormServerErrors } from '../../forms/form-errors';
import { pupilSaved } from './saving';
import { menteeIsParent } from './vocabulary';
import type { FamilyMember, PupilDetail } from '../../api-types';

type Values = z.input<typeof addFamilyMemberInput>;

/** The family: each member with role, contact, language and parental authority; another can be added. */
export function FamilyCard({ pupil }: { pupil: PupilDetail }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState<Saved>(NOT_SAVED);
  const addButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (!adding && refocus.current) {
      refocus.current = false;
      addButton.current?.focus();
    }
  }, [adding]);

  return (
    <Card title={t('family.title')} headingLevel={2}>
      <ul className="coordinator-family">
        {pupil.family.map((member) => (
          <li key={member.id}>
            <FamilyMemberSummary member={member} />
          </li>
        ))}
      </ul>
      <SavedNotice message={saved.message} version={saved.version} />
      {adding ? (
        <AddFamilyMemberForm
          pupil={pupil}
          onCancel={() => {
            refocus.current = true;
            setAdding(false);
          }}
          onSaved={() => {
            setAdding(false);
            setSaved(savedWith(t('family.saved')));
          }}
        />
      ) : (
        <Button ref={addButton} type="button" variant="secondary" onClick={() => setAdding(true)}>
          {t('family.add')}
        </Button>
      )}
    </Card>
  );
}

function FamilyMemberSummary({ member }: { member: FamilyMember }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="coordinator-member-name">
        <strong>
          {member.firstName} {member.lastName}
        </strong>{' '}
        <Badge tone="neutral">{t(`familyRole.${member.role}`)}</Badge>{' '}
        {member.hasParentalAuthority && <Badge tone="info">{t('family.authorityBadge')}</Badge>}{' '}
        {member.isMentee && <Badge tone="success">{t('family.menteeBadge')}</Badge>}
      </p>
      <dl className="coordinator-details">
        <div>
          <dt>{t('family.email')}</dt>
          <dd>{member.email ? <a href={`mailto:${member.email}`}>{member.email}</a> : '—'}</dd>
        </div>
        <div>
          <dt>{t('family.phone')}</dt>
          <dd>{member.phone ? <a href={`tel:${member.phone.replace(/[^+\d]/g, '')}`}>{member.phone}</a> : '—'}</dd>
        </div>
        <div>
          <dt>{t('family.preferredLanguage')}</dt>
          <dd>{t(`portalLanguage.${member.preferredLanguage}`)}</dd>
        </div>
        <div>
          <dt>{t('family.readsDutchShort')}</dt>
          <dd>{member.readsDutch ? t('app.yes') : t('app.no')}</dd>
        </div>
      </dl>
    </>
  );
}

const MEMBER_FIELDS = ['role', 'firstName', 'lastName', 'email', 'phone', 'preferredLanguage', 'readsDutch', 'hasParentalAuthority', 'isMentee'] as const;

function AddFamilyMemberForm({ pupil, onSaved, onCancel }: { pupil: PupilDetail; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useForm<Values>({ resolver: zodResolver(addFamilyMemberInput), defaultValues: { pupilId: pupil.id, member: emptyFamilyMember() } });
  const { errors } = form.formState;
  // Field errors come as `member.email`: they land on the member's own fields.
  const server = useFormServerErrors(form, MEMBER_FIELDS.map((name) => `member.${name}`));
  const mutation = useMutation(trpc.pupils.addFamilyMember.mutationOptions({ onSuccess: pupilSaved }));
  useEffect(() => form.setFocus('member.role'), [form]);
  return (
    <>
      <h3>{t('family.addTitle')}</h3>
      <StepForm
        submitLabel={t('family.submit')}
        busy={mutation.isPending}
        formError={server.formError}
        onCancel={onCancel}
        onSubmit={form.handleSubmit((values) => {
          server.clear();
          mutation.mutate(values, { onSuccess: onSaved, onError: server.onError });
        })}
      >
        <FamilyMemberFields field={(name) => form.register(`member.${name}`)} errors={errors.member} showMentee={menteeIsParent(pupil.programme)} />
      </StepForm>
    </>
  );
}
