import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { AvailabilityGrid, type AvailabilitySlot } from './AvailabilityGrid.js';

const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const parts = ['morning', 'afternoon', 'evening'] as const;
const dayNames: Record<(typeof days)[number], string> = {
  monday: 'maandag', tuesday: 'dinsdag', wednesday: 'woensdag', thursday: 'donderdag', friday: 'vrijdag', saturday: 'zaterdag', sunday: 'zondag',
};
const partNames: Record<(typeof parts)[number], string> = { morning: 'ochtend', afternoon: 'middag', evening: 'avond' };
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function Grid({ error }: { error?: string }) {
  const [value, setValue] = useState<AvailabilitySlot<(typeof days)[number], (typeof parts)[number]>[]>([{ day: 'tuesday', part: 'evening' }]);
  return (
    <AvailabilityGrid
      legend="Wanneer kun je?"
      hint="Vink de dagdelen aan waarop je meestal kunt."
      error={error}
      days={days}
      parts={parts}
      dayColumnLabel="Dag"
      dayLabel={(day) => capital(dayNames[day])}
      partLabel={(part) => capital(partNames[part])}
      slotLabel={(day, part) => capital(`${dayNames[day]}${partNames[part]}`)}
      value={value}
      onChange={setValue}
    />
  );
}

const meta = { title: 'Forms/AvailabilityGrid', component: Grid } satisfies Meta<typeof Grid>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithError: Story = { args: { error: 'Kies er minstens één.' } };
