import { router } from '../../trpc/index.js';
import { confirmPassword } from './confirm-password.js';
import { login } from './login.js';
import { logout } from './logout.js';
import { me } from './me.js';
import { requestPasswordReset } from './request-password-reset.js';
import { setLanguage } from './set-language.js';
import { setPassword } from './set-password.js';

export const authRouter = router({ confirmPassword, login, logout, me, requestPasswordReset, setLanguage, setPassword });
