import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { LanguageSwitch } from './LanguageSwitch.js';

const languages = [
  { code: 'nl', name: 'Nederlands' },
  { code: 'en', name: 'English' },
  { code: 'ar', name: 'العربية' },
  { code: 'tr', name: 'Türkçe' },
  { code: 'pl', name: 'Polski' },
];

const meta = {
  title: 'Components/LanguageSwitch',
  component: LanguageSwitch,
  args: { label: 'Taal / Language', languages, value: 'nl', onChange: () => {} },
  render: function Render(args) {
    const [value, setValue] = useState(args.value);
    return <LanguageSwitch {...args} value={value} onChange={setValue} />;
  },
} satisfies Meta<typeof LanguageSwitch>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Choosing a language by keyboard or pointer changes the value. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const select = within(canvasElement).getByLabelText('Taal / Language');
    await userEvent.selectOptions(select, 'ar');
    await expect(select).toHaveValue('ar');
  },
};
