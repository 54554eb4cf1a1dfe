import type { Lang } from '@jixiao/domain';
import type { StartedServer } from './index';
import { serverMessage as m } from './messages';

/** What `jixiao serve` prints once started: where it listens, on which database, and a new admin password. */
export function describeStart(server: StartedServer, lang: Lang = 'zh'): string {
  const say = (message: { text: Record<Lang, string> }) => message.text[lang];
  const lines = [
    say(m('start.listening', { url: server.url })),
    say(m('start.database', { database: server.database.describe })),
  ];
  if (server.demoLoaded > 0) lines.push(say(m('start.demo', { count: server.demoLoaded })));
  if (server.admin?.oneTimePassword) {
    lines.push(
      '',
      say(m('start.adminCreated')),
      say(m('start.username', { username: server.admin.username })),
      say(m('start.password', { password: server.admin.oneTimePassword })),
      '',
    );
  } else if (server.admin) {
    lines.push(say(m('start.adminFromEnv', { username: server.admin.username })));
  }
  return lines.join('\n');
}
