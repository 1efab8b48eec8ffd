import { useId, type Ref } from 'react';
import { Fieldset } from './Fieldset.js';

export interface AvailabilitySlot<Day extends string = string, Part extends string = string> {
  day: Day;
  part: Part;
}

export interface AvailabilityGridProps<Day extends string, Part extends string> {
  legend: string;
  hint?: string;
  error?: string | undefined;
  /** The rows and columns, in order (e.g. monday … sunday × morning, afternoon, evening). */
  days: readonly Day[];
  parts: readonly Part[];
  /** Words for the headers and, per checkbox, the full slot ("Tuesday evening"). */
  dayColumnLabel: string;
  dayLabel: (day: Day) => string;
  partLabel: (part: Part) => string;
  slotLabel: (day: Day, part: Part) => string;
  value: readonly AvailabilitySlot<Day, Part>[];
  onChange: (value: AvailabilitySlot<Day, Part>[]) => void;
  onBlur?: () => void;
  /** The first checkbox, for a form library to focus on an error. */
  firstRef?: Ref<HTMLInputElement>;
}

/**
 * Days × parts of the day as a table of checkboxes. Each checkbox has the whole slot as its
 * label ("Tuesday evening"), so a screen reader never reads a bare tick box; the value keeps the
 * week's order.
 */
export function AvailabilityGrid<Day extends string, Part extends string>(props: AvailabilityGridProps<Day, Part>) {
  const { days, parts, value, onChange, onBlur, error, firstRef } = props;
  const idPrefix = useId();
  const has = (day: Day, part: Part) => value.some((slot) => slot.day === day && slot.part === part);
  const toggle = (day: Day, part: Part, checked: boolean) => {
    const others = value.filter((slot) => !(slot.day === day && slot.part === part));
    const next = checked ? [...others, { day, part }] : others;
    next.sort((a, b) => days.indexOf(a.day) - days.indexOf(b.day) || parts.indexOf(a.part) - parts.indexOf(b.part));
    onChange(next);
  };

  return (
    <Fieldset legend={props.legend} {...(props.hint ? { hint: props.hint } : {})} {...(error ? { error } : {})}>
      <div className="dh-table-wrap">
        <table className="data dh-availability">
          <caption className="dh-visually-hidden">{props.legend}</caption>
          <thead>
            <tr>
              <th scope="col">{props.dayColumnLabel}</th>
              {parts.map((part) => (
                <th scope="col" key={part}>
                  {props.partLabel(part)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((day, dayIndex) => (
              <tr key={day}>
                <th scope="row">{props.dayLabel(day)}</th>
                {parts.map((part, partIndex) => {
                  const id = `${idPrefix}-${day}-${part}`;
                  return (
                    <td key={part}>
                      <label htmlFor={id}>
                        <span className="dh-visually-hidden">{props.slotLabel(day, part)}</span>
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
