import type { MessageCatalogue } from './issue'

/** The shared PostgreSQL team store: connecting, its schema, copying in and out, conflicts. */
export const TEAM_MESSAGES: MessageCatalogue = {
  'drafts.conflict': {
    'zh-CN':
      '保存未完成：你打开的是第 {base} 版，之后已有人改成第 {current} 版，且改了同样的内容：{fields}。请核对后再保存，什么都没有被覆盖',
    en: 'Not saved: you started from revision {base}, and someone has since saved revision {current} changing the same fields: {fields}. Compare and save again; nothing was overwritten'
  },
  'team.conflict_shown': {
    'zh-CN': '未保存：同事改了同样的内容，请在弹出的窗口中逐项选择保留哪一个',
    en: 'Not saved: a colleague changed the same fields; choose field by field in the window shown'
  },
  'team.bad_url': {
    'zh-CN': '团队数据库地址无效：{url}。格式为 postgres://用户名:密码@服务器:端口/数据库',
    en: 'Invalid team database address: {url}. Use postgres://user:password@server:port/database'
  },
  'team.unreachable': {
    'zh-CN': '连不上团队数据库服务器 {host}:{port}。请检查网络、服务器是否在运行、地址和端口',
    en: 'Cannot reach the team database server {host}:{port}. Check the network, that the server is running, and the address and port'
  },
  'team.wrong_password': {
    'zh-CN': '团队数据库拒绝了用户 {user} 的密码。请向管理员确认用户名和密码',
    en: 'The team database refused the password for user {user}. Check the user name and password with your administrator'
  },
  'team.no_access': {
    'zh-CN': '团队数据库不允许用户 {user} 连接。请让管理员开通权限',
    en: 'The team database does not let user {user} connect. Ask your administrator for access'
  },
  'team.no_database': {
    'zh-CN': '服务器 {host}:{port} 上没有名为 {database} 的数据库。请让管理员先创建它',
    en: 'The server {host}:{port} has no database named {database}. Ask your administrator to create it first'
  },
  'team.other_app': {
    'zh-CN':
      '这个数据库已被其他程序使用（已有表：{tables}），开通不会写入。请为开通单独建一个空数据库',
    en: 'This database already belongs to another application (tables: {tables}); Kaitong will not write to it. Create an empty database for Kaitong'
  },
  'team.newer_schema': {
    'zh-CN':
      '团队数据库来自更新版本的开通（版本 {found}，本版本只支持到 {supported}）。请更新开通；数据库未被改动',
    en: 'The team database comes from a newer Kaitong (version {found}; this one reads up to {supported}). Please update Kaitong; the database was not changed'
  },
  'team.not_initialised': {
    'zh-CN': '团队数据库还没有初始化。请先运行 kaitong team init --db <地址>',
    en: 'The team database is not set up yet. Run kaitong team init --db <address> first'
  },
  'team.behind': {
    'zh-CN': '团队数据库是旧版本（{found}），请先运行 kaitong team init 升级到 {supported}',
    en: 'The team database is at an older version ({found}); run kaitong team init to bring it to {supported}'
  },
  'team.verify_failed': {
    'zh-CN': '复制后核对不一致：{table} 中有 {count} 行与来源不同（例如 {example}）。来源未被改动',
    en: 'The copy does not match after checking: {count} row of {table} differs from the source ({example}). The source was not changed | The copy does not match after checking: {count} rows of {table} differ from the source (e.g. {example}). The source was not changed'
  },
  'team.db_required': {
    'zh-CN': '请用 --db postgres://… 指定团队数据库',
    en: 'Name the team database with --db postgres://…'
  },
  'team.locked': {
    'zh-CN':
      '团队数据库里的个人信息和图片已用团队密钥加密，这台电脑还没有解锁。请在 设置 › 团队数据库 输入团队口令后点“解锁”（命令行：kaitong team unlock）',
    en: 'Personal details and pictures in the team database are encrypted with the team key, which this computer has not unlocked yet. Enter the team passphrase in Settings › Team database and choose Unlock (CLI: kaitong team unlock)'
  },
  'team.wrong_passphrase': {
    'zh-CN': '团队口令不对，团队密钥没有解锁。请向同事核对口令（区分大小写）',
    en: 'Wrong team passphrase; the team key was not unlocked. Check the passphrase with your colleagues (it is case-sensitive)'
  },
  'team.passphrase_short': {
    'zh-CN': '团队口令至少要 {min} 个字符',
    en: 'The team passphrase needs at least {min} characters'
  },
  'team.passphrase_required': {
    'zh-CN': '请用 --passphrase-file <文件> 或环境变量 KAITONG_TEAM_PASSPHRASE 给出团队口令',
    en: 'Give the team passphrase with --passphrase-file <file> or the KAITONG_TEAM_PASSPHRASE environment variable'
  },
  'team.key_exists': {
    'zh-CN': '团队数据库已经有团队密钥，不会另建一把。请用团队口令解锁',
    en: 'The team database already has a team key; no second one is made. Unlock it with the team passphrase'
  },
  'team.no_key': {
    'zh-CN': '团队数据库还没有团队密钥，无需解锁。可以在 设置 › 团队数据库 设置团队口令',
    en: 'The team database has no team key, so there is nothing to unlock. You can set a team passphrase in Settings › Team database'
  },
  'team.not_chosen': {
    'zh-CN': '这台电脑没有在用团队数据库。请先在 设置 › 团队数据库 连接',
    en: 'This computer is not using a team database. Connect to one in Settings › Team database first'
  },
  'team.unreadable': {
    'zh-CN':
      '团队数据库中的加密内容无法用这台电脑的团队密钥解开（可能被改动过，或属于另一把团队密钥），没有显示任何内容',
    en: "Encrypted content in the team database does not open with this computer's team key (it may have been altered, or belong to another team key); nothing of it is shown"
  }
}

/** What the `team` commands report when they succeed. */
export const TEAM_REPORTS: MessageCatalogue = {
  'team.initialised': {
    'zh-CN': '团队数据库已就绪：{url}（版本 {from} → {to}，{tls}）',
    en: 'Team database ready: {url} (version {from} → {to}, {tls})'
  },
  'team.tls_on': { 'zh-CN': '已加密连接 TLS', en: 'connection encrypted with TLS' },
  'team.tls_off': {
    'zh-CN': '服务器未提供 TLS，连接未加密',
    en: 'the server offers no TLS; the connection is not encrypted'
  },
  'team.copy_table': {
    'zh-CN': '  {table}：来源 {source} 行，本次写入 {copied} 行，全部核对一致',
    en: '  {table}: {source} rows in the source, {copied} written now, all checked'
  },
  'team.pushed': {
    'zh-CN': '已上传到 {url}：{revisions} 个版本和 {pictures} 张图片的 sha256 核对一致',
    en: 'Pushed to {url}: sha256 of {revisions} revisions and {pictures} pictures checked'
  },
  'team.status_local': {
    'zh-CN': '草稿保存在这台电脑上：{file}',
    en: 'Drafts are kept on this computer: {file}'
  },
  'team.status_team': {
    'zh-CN':
      '草稿保存在团队数据库 {url}（{connection}，身份 {operator}，{tls}，{key}）；{pending} 份草稿的离线修改等待发送',
    en: 'Drafts are kept in the team database {url} ({connection}, as {operator}, {tls}, {key}); drafts with offline changes waiting to be sent: {pending}'
  },
  'team.online': { 'zh-CN': '已连接', en: 'connected' },
  'team.key_none': {
    'zh-CN': '没有团队密钥，草稿和图片以明文保存在服务器上',
    en: 'no team key: drafts and pictures are kept in plain form on the server'
  },
  'team.key_locked': {
    'zh-CN': '团队密钥未解锁（kaitong team unlock）',
    en: 'team key not unlocked (kaitong team unlock)'
  },
  'team.key_unlocked': {
    'zh-CN': '团队密钥已解锁，个人信息和图片加密后才上传',
    en: 'team key unlocked: personal details and pictures are encrypted before upload'
  },
  'team.key_created': {
    'zh-CN':
      '已建立团队密钥：个人信息和图片在上传前加密，服务器只保存密文。请把团队口令告诉需要用的同事；口令全部丢失则无法解开',
    en: 'Team key made: personal details and pictures are encrypted before upload and the server holds ciphertext only. Tell the passphrase to the colleagues who need it; if every passphrase is lost, nothing can be decrypted'
  },
  'team.key_checked': {
    'zh-CN': '团队口令正确，团队密钥已在这台电脑解锁',
    en: 'The team passphrase is right; the team key is unlocked on this computer'
  },
  'team.key_missing_warning': {
    'zh-CN':
      '注意：团队数据库还没有团队密钥，草稿和图片以明文保存在服务器上。加上 --passphrase-file <文件> 再运行一次 team init 即可设置',
    en: 'Note: the team database has no team key, so drafts and pictures are kept in plain form on the server. Run team init again with --passphrase-file <file> to set one'
  },
  'team.unlocked': {
    'zh-CN': '{file} 已解锁团队密钥（每台电脑只需一次）',
    en: '{file} has unlocked the team key (once per computer)'
  },
  'team.passphrase_added': {
    'zh-CN': '已为团队密钥添加一个新口令；原口令照样可用',
    en: 'A new passphrase was added for the team key; the earlier ones still work'
  },
  'team.offline': { 'zh-CN': '暂时连不上', en: 'unreachable for now' },
  'team.used': {
    'zh-CN': '{file} 今后把草稿保存在团队数据库 {url}（身份 {operator}，{tls}）',
    en: '{file} now keeps its drafts in the team database {url} (as {operator}, {tls})'
  },
  'team.left': {
    'zh-CN': '{file} 今后只把草稿保存在这台电脑上；已显示过的团队草稿留在本机',
    en: '{file} now keeps its drafts on this computer only; team drafts already shown stay here'
  },
  'team.pulled': {
    'zh-CN': '已从 {url} 下载到 {file}：{revisions} 个版本和 {pictures} 张图片的 sha256 核对一致',
    en: 'Pulled from {url} into {file}: sha256 of {revisions} revisions and {pictures} pictures checked'
  }
}
