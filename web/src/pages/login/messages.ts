import { registerMessages } from '../../i18n/i18n.ts';

const zh = {
  title: '登录',
  username: '用户名',
  password: '密码',
  submit: '登录',
  usernameRequired: '请输入用户名',
  passwordRequired: '请输入密码',
  demoHint: '演示数据库的账户和密码在启动服务的终端里列出（例如 demo-analyst / demo-analyst-2026）。',
  publicPortal: '不登录，浏览公开数据',
};

export const loginNs = registerMessages('login', {
  zh,
  en: {
    title: 'Log in',
    username: 'Username',
    password: 'Password',
    submit: 'Log in',
    usernameRequired: 'Enter your username',
    passwordRequired: 'Enter your password',
    demoHint: 'On a demo database the accounts and passwords are listed in the terminal that started the server (e.g. demo-analyst / demo-analyst-2026).',
    publicPortal: 'Browse the open data without logging in',
  } satisfies Record<keyof typeof zh, string>,
});
