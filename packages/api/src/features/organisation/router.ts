import { router } from '../../trpc/index.js';
import { getSettings, removeLogo, updateSettings, uploadLogo } from './settings.js';

export const organisationRouter = router({ getSettings, updateSettings, uploadLogo, removeLogo });
