import type { Meta, StoryObj } from '@storybook/react-vite';
import { TextField } from './TextField.js';

const meta = {
  title: 'Forms/TextField',
  component: TextField,
  args: { label: 'E-mailadres', type: 'email', autoComplete: 'email', name: 'email' },
} satisfies Meta<typeof TextField>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithHint: Story = { args: { hint: 'We sturen je hier een bevestiging naartoe.' } };
export const WithError: Story = {
  args: { hint: 'We sturen je hier een bevestiging naartoe.', error: 'Vul een geldig e-mailadres in.', defaultValue: 'jan@' },
};
export const Required: Story = { args: { label: 'Voornaam', type: 'text', required: true } };
export const DateOfBirth: Story = { args: { label: 'Geboortedatum', type: 'date', name: 'birthDate' } };
