import type { Meta, StoryObj } from '@storybook/react-vite';
import { Badge } from './Badge.js';

const meta = {
  title: 'Components/Badge',
  component: Badge,
  args: { children: 'Aangemeld' },
} satisfies Meta<typeof Badge>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Neutral: Story = {};
export const Info: Story = { args: { tone: 'info', children: 'Intakegesprek' } };
export const Success: Story = { args: { tone: 'success', children: 'Klaar om te koppelen' } };
export const Warning: Story = { args: { tone: 'warning', children: 'Actie nodig' } };
export const Danger: Story = { args: { tone: 'danger', children: 'Afgewezen' } };
export const All: Story = {
  render: () => (
    <p style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
      <Badge>Neutraal</Badge>
      <Badge tone="info">Info</Badge>
      <Badge tone="success">Gedaan</Badge>
      <Badge tone="warning">Nog te doen</Badge>
      <Badge tone="danger">Niet gelukt</Badge>
    </p>
  ),
};
