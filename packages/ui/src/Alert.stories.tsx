import type { Meta, StoryObj } from '@storybook/react-vite';
import { Alert } from './Alert.js';

const meta = {
  title: 'Components/Alert',
  component: Alert,
  args: { tone: 'info', children: <p>Je aanmelding wordt binnen twee weken bekeken.</p> },
} satisfies Meta<typeof Alert>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Info: Story = {};
export const Success: Story = { args: { tone: 'success', title: 'Opgeslagen', children: <p>Het gesprek is vastgelegd.</p> } };
export const Warning: Story = { args: { tone: 'warning', title: 'Let op', children: <p>De VOG is bijna verlopen.</p> } };
export const Failure: Story = {
  args: { tone: 'error', title: 'Versturen lukte niet', children: <p>Controleer je internetverbinding en probeer het opnieuw. Je gegevens blijven staan.</p> },
};
