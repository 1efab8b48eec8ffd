import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
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
/** The error and the hint are read with the field (aria-describedby), and the field says it is invalid. */
export const WithError: Story = {
  args: { hint: 'We sturen je hier een bevestiging naartoe.', error: 'Vul een geldig e-mailadres in.', defaultValue: 'jan@' },
  play: async ({ canvasElement }) => {
    const field = within(canvasElement).getByLabelText('E-mailadres');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(/Vul een geldig e-mailadres in\./);
    await userEvent.type(field, 'mentor.nl');
    await expect(field).toHaveValue('jan@mentor.nl');
  },
};
export const Required: Story = { args: { label: 'Voornaam', type: 'text', required: true } };
export const DateOfBirth: Story = { args: { label: 'Geboortedatum', type: 'date', name: 'birthDate' } };
