import type { Meta, StoryObj } from '@storybook/react-vite';
import { TextArea } from './TextArea.js';

const meta = {
  title: 'Forms/TextArea',
  component: TextArea,
  args: { label: 'Waarom wil je thuismentor worden?', hint: 'Een paar zinnen is genoeg.' },
} satisfies Meta<typeof TextArea>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithError: Story = { args: { error: 'Dit veld is verplicht.' } };
/** Near the limit: the visible count, and a polite announcement that changes in steps. */
export const NearTheLimit: Story = {
  args: {
    defaultValue: 'a'.repeat(3950),
    characterCount: {
      length: 3950,
      max: 4000,
      text: '3.950 van 4.000 tekens',
      announcement: (remaining) => `Nog ${remaining} tekens over.`,
    },
  },
};
