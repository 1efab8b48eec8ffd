import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { FamilyMemberInput } from '@driehoek/contracts/pupils';
import { Checkbox } from '@driehoek/ui/Checkbox';
import { SelectField } from '@driehoek/ui/SelectField';
import { TextField } from '@driehoek/ui/TextField';
import { useErrorText } from '../../server-errors';
import { FAMILY_ROLES, PORTAL_LANGUAGES } from './vocabulary';

type MemberField = keyof FamilyMemberInput;
export type MemberErrors = Partial<Record<MemberField, { message?: string | undefined } | undefined>> | undefined;

/**
 * A new family member, empty: a parent with parental authority until told otherwise. Reading
 * Dutch is not assumed: it is ticked only by someone who knows (a parent saved as reading Dutch
 * would get Dutch letters they cannot read).
 */
export function emptyFamilyMember(): FamilyMemberInput {
  return {
    role: 'parent',
    firstName: '',
    lastName: '',
    email: '',
    phone: '',
    preferredLanguage: 'nl',
    readsDutch: false,
    hasParentalAuthority: true,
    isMentee: false,
  };
}

/**
 * The fields of one family member, for the nomination (one block per member) and for adding a
 * member on the pupil page. `field` registers a member's field under the form's own path
 * (`family.0.email`, `member.email`). `number` makes every label unique when there are several.
 */
export function FamilyMemberFields({
  field,
  errors,
  number,
  showMentee,
}: {
  field: (name: MemberField) => UseFormRegisterReturn;
  errors: MemberErrors;
  number?: number;
  showMentee: boolean;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const label = (key: string) => (number === undefined ? t(`family.${key}`) : t('family.numbered', { field: t(`family.${key}`), number }));
  return (
    <>
      <SelectField
        label={label('role')}
        options={FAMILY_ROLES.map((role) => ({ value: role, label: t(`familyRole.${role}`) }))}
        error={errorText(errors?.role?.message)}
        {...field('role')}
      />
      <div className="dh-form-row">
        <TextField label={label('firstName')} autoComplete="off" error={errorText(errors?.firstName?.message)} {...field('firstName')} />
        <TextField label={label('lastName')} autoComplete="off" error={errorText(errors?.lastName?.message)} {...field('lastName')} />
      </div>
      <div className="dh-form-row">
        <TextField
          label={label('email')}
          type="email"
          autoComplete="off"
          hint={t('family.contactHint')}
          error={errorText(errors?.email?.message)}
          {...field('email')}
        />
        <TextField label={label('phone')} type="tel" autoComplete="off" error={errorText(errors?.phone?.message)} {...field('phone')} />
      </div>
      <SelectField
        label={label('preferredLanguage')}
        hint={t('family.preferredLanguageHint')}
        options={PORTAL_LANGUAGES.map((code) => ({ value: code, label: t(`portalLanguage.${code}`) }))}
        error={errorText(errors?.preferredLanguage?.message)}
        {...field('preferredLanguage')}
      />
      <Checkbox label={label('readsDutch')} hint={t('family.readsDutchHint')} error={errorText(errors?.readsDutch?.message)} {...field('readsDutch')} />
      <Checkbox
        label={label('hasParentalAuthority')}
        hint={t('family.hasParentalAuthorityHint')}
        error={errorText(errors?.hasParentalAuthority?.message)}
        {...field('hasParentalAuthority')}
      />
      {showMentee && <Checkbox label={label('isMentee')} error={errorText(errors?.isMentee?.message)} {...field('isMentee')} />}
    </>
  );
}
