import { useTranslation } from 'react-i18next';
import type { Ref } from 'react';
import { DAY_PARTS, WEEKDAYS, type DayPart, type Weekday } from '@driehoek/domain/application';
import { Fieldset } from '@driehoek/ui/Fieldset';

export type Slot = { day: Weekday; part: DayPart };

type Props = {
  value: readonly Slot[];
  onChange(value: Slot[]): void;
  onBlur(): void;
  error?: string;
  /** Receives the first checkbox, so the form can move focus here when the grid is invalid. */
  firstRef?: Ref<HTMLInputElement>;
};

/** Weekdays × parts of the day as a table of checkboxes, each labelled in full ("Tuesday evening"). */
export function AvailabilityGrid({ value, onChange, onBlur, error, firstRef }: Props) {
  const { t } = useTranslation();
  const has = (day: Weekday, part: DayPart) => value.some((slot) => slot.day === day && slot.part === part);
  const toggle = (day: Weekday, part: DayPart, checked: boolean) => {
    const others = value.filter((slot) => !(slot.day === day && slot.part === part));
    // Keep the week's order, so the stored list reads Monday morning … Sunday evening.
    const next = checked ? [...others, { day, part }] : others;
    next.sort((a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || DAY_PARTS.indexOf(a.part) - DAY_PARTS.indexOf(b.part));
    onChange(next);
  };
  const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

  return (
    <Fieldset legend={`${t('apply.availability')} *`} hint={t('apply.availabilityHint')} error={error}>
      <div className="dh-table-wrap">
        <table className="data recruit-availability">
          <caption className="dh-visually-hidden">{t('apply.availabilityCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('apply.day')}</th>
              {DAY_PARTS.map((part) => (
                <th scope="col" key={part}>
                  {capitalised(t(`dayParts.${part}`))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {WEEKDAYS.map((day, dayIndex) => (
              <tr key={day}>
                <th scope="row">{capitalised(t(`weekdays.${day}`))}</th>
                {DAY_PARTS.map((part, partIndex) => {
                  const id = `availability-${day}-${part}`;
                  return (
                    <td key={part}>
                      <label htmlFor={id}>
                        <span className="dh-visually-hidden">
                          {capitalised(t('apply.slot', { day: t(`weekdays.${day}`), part: t(`dayParts.${part}`) }))}
                        </span>
                        <input
                          id={id}
                          type="checkbox"
                          ref={dayIndex === 0 && partIndex === 0 ? firstRef : undefined}
                          checked={has(day, part)}
                          onChange={(event) => toggle(day, part, event.target.checked)}
                          onBlur={onBlur}
                          aria-invalid={error ? true : undefined}
                        />
                      </label>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Fieldset>
  );
}
