import type { Preview } from '@storybook/react-vite';
import '@driehoek/ui/styles.css';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
    // Fail the a11y panel (and the test runner) on violations instead of only listing them.
    a11y: { test: 'error' },
  },
};

export default preview;
