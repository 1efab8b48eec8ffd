import { defineMain } from '@storybook/react-vite/node';

/** The stories live beside the components in packages/ui. */
export default defineMain({
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../../../packages/ui/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
});
