import type { Meta, StoryObj } from '@storybook/react-vite';
import { Button } from './Button.js';
import { Card } from './Card.js';

const meta = {
  title: 'Components/Card',
  component: Card,
  args: {
    title: 'Intakegesprek',
    children: <p>Gehouden op 12 november met de mentorcoördinator.</p>,
  },
} satisfies Meta<typeof Card>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithActions: Story = {
  args: { actions: <Button variant="secondary">Wijzigen</Button> },
};
export const LevelThree: Story = { args: { headingLevel: 3, title: 'Referenties' } };
export const DataTable: Story = {
  args: {
    title: 'Aanmeldingen',
    children: (
      <div className="dh-table-wrap">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Naam</th>
              <th scope="col">Programma</th>
              <th scope="col" className="number">
                Dagen
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>Fatima El Amrani</td>
              <td>Thuismentor</td>
              <td className="number">3</td>
            </tr>
            <tr>
              <td>Jan de Vries</td>
              <td>Thuisschoolmaatje</td>
              <td className="number">12</td>
            </tr>
          </tbody>
        </table>
      </div>
    ),
  },
};
