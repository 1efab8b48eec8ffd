import type { Meta, StoryObj } from '@storybook/react-vite';
import { Checkbox } from './Checkbox.js';
import { Fieldset } from './Fieldset.js';

const languages = ['Nederlands', 'English', 'العربية', 'Türkçe', 'Polski'];

const meta = {
  title: 'Forms/Fieldset',
  component: Fieldset,
  args: {
    legend: 'Welke talen spreek je?',
    hint: 'Kies alles wat van toepassing is.',
    children: (
      <div className="dh-options">
        {languages.map((name) => (
          <Checkbox key={name} label={name} name="languages" value={name} />
        ))}
      </div>
    ),
  },
} satisfies Meta<typeof Fieldset>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithError: Story = { args: { error: 'Kies er minstens één.' } };
