import type { Meta, StoryObj } from '@storybook/react-vite';
import { SelectField } from './SelectField.js';

const meta = {
  title: 'Forms/SelectField',
  component: SelectField,
  args: {
    label: 'Programma',
    placeholder: 'Kies een programma',
    options: [
      { value: 'p1', label: "Thuismentor — School's cool De Liemers" },
      { value: 'p2', label: 'Thuisschoolmaatje — VO-raad' },
    ],
  },
} satisfies Meta<typeof SelectField>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithError: Story = { args: { error: 'Kies er één.' } };
export const WithHint: Story = { args: { hint: 'Je kunt je later ook voor een ander programma aanmelden.' } };
