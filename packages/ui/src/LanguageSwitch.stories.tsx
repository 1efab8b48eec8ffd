import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
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

export const Default: Story = {};
