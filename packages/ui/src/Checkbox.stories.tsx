import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Checkbox } from './Checkbox.js';

const meta = {
  title: 'Forms/Checkbox',
  component: Checkbox,
  args: { label: 'Ik heb de privacyverklaring gelezen en ga akkoord.' },
} satisfies Meta<typeof Checkbox>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Clicking the label ticks the box: the label belongs to its input. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const box = within(canvasElement).getByLabelText('Ik heb de privacyverklaring gelezen en ga akkoord.');
    await expect(box).not.toBeChecked();
    await userEvent.click(within(canvasElement).getByText('Ik heb de privacyverklaring gelezen en ga akkoord.'));
    await expect(box).toBeChecked();
  },
};
export const Checked: Story = { args: { defaultChecked: true } };
export const WithError: Story = { args: { error: 'Je moet akkoord gaan om je aan te melden.' } };
