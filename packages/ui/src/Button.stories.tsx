import type { Meta, StoryObj } from '@storybook/react-vite';
import { Button } from './Button.js';

const meta = {
  title: 'Components/Button',
  component: Button,
  args: { children: 'Aanmelding versturen' },
} satisfies Meta<typeof Button>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Primary: Story = {};
export const Secondary: Story = { args: { variant: 'secondary', children: 'Annuleren' } };
export const Danger: Story = { args: { variant: 'danger', children: 'Aanmelding afwijzen' } };
export const Busy: Story = { args: { busy: true, children: 'Bezig met versturen…' } };
export const Disabled: Story = { args: { disabled: true } };
