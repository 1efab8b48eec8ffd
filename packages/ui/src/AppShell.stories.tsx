import type { Meta, StoryObj } from '@storybook/react-vite';
import { AppShell } from './AppShell.js';
import { LanguageSwitch } from './LanguageSwitch.js';

const meta = {
  title: 'Layout/AppShell',
  component: AppShell,
  parameters: { layout: 'fullscreen' },
  args: {
    title: 'Driehoek',
    homeHref: '#',
    skipLinkLabel: 'Naar de inhoud',
    navLabel: 'Hoofdmenu',
    nav: (
      <ul>
        <li>
          <a href="#" aria-current="page">
            Thuismentor worden
          </a>
        </li>
        <li>
          <a href="#">Aanmelden</a>
        </li>
      </ul>
    ),
    actions: (
      <LanguageSwitch
        label="Taal"
        value="nl"
        onChange={() => {}}
        languages={[
          { code: 'nl', name: 'Nederlands' },
          { code: 'en', name: 'English' },
        ]}
      />
    ),
    children: (
      <div className="dh-prose">
        <h1>Thuismentor worden</h1>
        <p className="dh-lead">Als thuismentor bezoek je elke week een scholier thuis.</p>
      </div>
    ),
  },
} satisfies Meta<typeof AppShell>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const RightToLeft: Story = {
  args: { title: 'بوابة دريهوك', skipLinkLabel: 'انتقل إلى المحتوى' },
  decorators: [
    (Story) => (
      <div dir="rtl" lang="ar">
        <Story />
      </div>
    ),
  ],
};
