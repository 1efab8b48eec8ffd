import { useTranslation } from 'react-i18next';
import type { Ref } from 'react';
import { Fieldset } from '@driehoek/ui/Fieldset';
import { DAY_PARTS, WEEKDAYS, type Slot } from './vocabulary';
import { capitalise, slotText } from './explain';

type Props = {
  legend: string;
  hint?: string;
  value: readonly Slot[];
  onChange(value: Slot[]): void;
  onBlur(): void;
  error?: string | undefined;
  /** Receives the first checkbox, so the form can move focus here when the grid is invalid. */
  firstRef?: Ref<HTMLInputElement>;
};

/**
 * Weekdays × parts of the day as a table of checkboxes, each labelled in full ("dinsdagavond"),
 * the same pattern as the application form (apps/recruit AvailabilityGrid).
 */
export function AvailabilityGrid({ legend, hint, value, onChange, onBlur, error, firstRef }: Props) {
  const { t } = useTranslation();
  const has = (day: Slot['day'], part: Slot['part']) => value.some((slot) => slot.day === day && slot.part === part);
  const toggle = (day: Slot['day'], part: Slot['part'], checked: boolean) => {
    const others = value.filter((slot) => !(slot.day === day && slot.part === part));
    // Keep the week's order, so the stored list reads Monday morning … Sunday evening.
    const next = checked ? [...others, { day, part }] : others;
    next.sort((a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || DAY_PARTS.indexOf(a.part) - DAY_PARTS.indexOf(b.part));
    onChange(next);
  };

  return (
    <Fieldset legend={legend} {...(hint ? { hint } : {})} {...(error ? { error } : {})}>
      <div className="dh-table-wrap">
        <table className="data coordinator-availability">
          <caption className="dh-visually-hidden">{legend}</caption>
          <thead>
            <tr>
              <th scope="col">{t('matchProfile.day')}</th>
              {DAY_PARTS.map((part) => (
                <th scope="col" key={part}>
                  {capitalise(t(`dayPart.${part}`))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {WEEKDAYS.map((day, dayIndex) => (
              <tr key={day}>
                <th scope="row">{capitalise(t(`weekday.${day}`))}</th>
                {DAY_PARTS.map((part, partIndex) => {
                  const id = `match-availability-${day}-${part}`;
                  return (
                    <td key={part}>
                      <label htmlFor={id}>
                        <span className="dh-visually-hidden">{capitalise(slotText(t, { day, part }))}</span>
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
