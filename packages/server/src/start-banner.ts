import type { StartedServer } from './index';

/** What `jixiao serve` prints once started: where it listens, on which database, and a new admin password. */
export function describeStart(server: StartedServer): string {
  const lines = [
    `jixiao 已启动：${server.url}    API 文档：${server.url}/api/docs`,
    `数据库：${server.database.describe}`,
  ];
  if (server.demoLoaded > 0) lines.push(`已载入 ${server.demoLoaded} 份演示自评（删除：jixiao demo remove）`);
  if (server.admin?.oneTimePassword) {
    lines.push(
      '',
      '首次启动，已创建系统管理员账户（密码只显示这一次，首次登录后请修改）：',
      `  用户名：${server.admin.username}`,
      `  密码：  ${server.admin.oneTimePassword}`,
      '',
    );
  } else if (server.admin) {
    lines.push(`已创建系统管理员账户 ${server.admin.username}（密码取自 JIXIAO_ADMIN_PASSWORD）`);
  }
  return lines.join('\n');
}
