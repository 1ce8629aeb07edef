import { defineArea } from '../area'

/** The team store: choosing it in Settings, conflicts, who changed what, live changes. */
export default defineArea(
  {
    settings: {
      title: '团队数据库',
      hint: '几位同事一起办理同一批商户时，把草稿放到团队自己的 PostgreSQL 数据库里。不设置的话，草稿只保存在这台电脑上。',
      local: '现在：草稿保存在这台电脑上',
      team: '现在：草稿保存在团队数据库 {url}',
      operator: '你在团队数据库里的身份：{operator}',
      tlsOn: '连接已加密（TLS）',
      tlsOff: '服务器未提供 TLS，连接未加密',
      online: '已连接',
      offline: '连不上团队数据库 — 正在重试，你的修改先保存在这台电脑上',
      pending: '{count} 份草稿的修改等待发送',
      conflicts: '{count} 份草稿的离线修改与同事的修改冲突，打开草稿即可逐项选择',
      host: '服务器地址',
      port: '端口',
      database: '数据库名',
      user: '用户名',
      password: '密码',
      required: '请填写{field}',
      badPort: '端口是 1 到 65535 之间的数字',
      test: '测试连接',
      tested: '连接成功：身份 {operator}，{tls}，库中有 {drafts} 份草稿',
      use: '改用团队数据库',
      used: '已改用团队数据库，草稿列表显示团队的草稿',
      leave: '改回只用这台电脑',
      leaveConfirm: '改回只用这台电脑？已经显示过的团队草稿会留在本机，之后的修改不再发给团队。',
      left: '已改回只用这台电脑',
      failed: '{message}',
      cancel: '取消',
      confirm: '确定'
    },
    live: {
      changed: '{author} 刚保存了这份草稿（第 {revision} 版）',
      deleted: '{author} 删除了这份草稿',
      load: '载入最新内容',
      editing: '{authors} 也打开了这份草稿',
      loaded: '已载入第 {revision} 版',
      merged: '已合并同事的修改：{fields}'
    },
    conflict: {
      title: '你和同事改了同样的内容',
      hint: '你从第 {base} 版开始修改，之后 {author} 保存了第 {current} 版。下面每一项请选择保留哪一个；其他修改会自动合并，什么都不会被悄悄覆盖。',
      field: '填写项',
      mine: '我的',
      theirs: '{author} 的',
      keepMine: '保留我的',
      keepTheirs: '保留对方的',
      save: '按选择保存',
      saved: '已保存合并后的内容（第 {revision} 版）',
      empty: '（空）',
      open: '查看冲突'
    },
    history: {
      by: '{author} 保存'
    },
    key: {
      stateUnlocked:
        '团队密钥已在这台电脑解锁：身份证号、手机号、银行账号等个人信息和图片在上传前加密，服务器只保存密文。',
      stateLocked:
        '团队数据库里的个人信息和图片已用团队密钥加密。请输入团队口令解锁，这台电脑只需一次；解锁前打不开团队的草稿。',
      stateNone:
        '团队数据库还没有团队密钥：个人信息和图片以明文保存在服务器上。设置团队口令后，开通在上传前加密它们，服务器只保存密文；请把口令告诉需要用的同事，口令丢失就无法解开。',
      passphrase: '团队口令',
      passphraseHint: '至少 8 个字符，区分大小写',
      repeat: '再输入一次团队口令',
      required: '请填写团队口令',
      mismatch: '两次输入的口令不一致',
      unlock: '解锁',
      create: '设置团队口令',
      unlocked: '已解锁团队密钥',
      created: '已设置团队口令，团队数据库里的个人信息和图片已加密'
    }
  },
  {
    settings: {
      title: 'Team database',
      hint: 'When several colleagues work on the same merchants, keep the drafts in your team’s own PostgreSQL database. Without it, drafts stay on this computer only.',
      local: 'Now: drafts are kept on this computer',
      team: 'Now: drafts are kept in the team database {url}',
      operator: 'You are known to the team database as {operator}',
      tlsOn: 'connection encrypted (TLS)',
      tlsOff: 'the server offers no TLS; the connection is not encrypted',
      online: 'Connected',
      offline:
        'Cannot reach the team database — retrying; your changes are kept on this computer meanwhile',
      pending:
        'Changes to {count} draft waiting to be sent | Changes to {count} drafts waiting to be sent',
      conflicts:
        'Offline changes to {count} draft clash with a colleague’s; open the draft to choose field by field | Offline changes to {count} drafts clash with a colleague’s; open the draft to choose field by field',
      host: 'Server address',
      port: 'Port',
      database: 'Database name',
      user: 'User name',
      password: 'Password',
      required: 'Enter the {field}',
      badPort: 'The port is a number from 1 to 65535',
      test: 'Test connection',
      tested:
        'Connected as {operator}, {tls}, {drafts} draft in the database | Connected as {operator}, {tls}, {drafts} drafts in the database',
      use: 'Use the team database',
      used: 'Now using the team database; the drafts list shows the team’s drafts',
      leave: 'Use this computer only',
      leaveConfirm:
        'Go back to this computer only? Team drafts already shown stay here; later changes are no longer sent to the team.',
      left: 'Now using this computer only',
      failed: '{message}',
      cancel: 'Cancel',
      confirm: 'OK'
    },
    live: {
      changed: '{author} just saved this draft (revision {revision})',
      deleted: '{author} deleted this draft',
      load: 'Load the latest',
      editing: '{authors} also has this draft open',
      loaded: 'Revision {revision} loaded',
      merged: 'Merged a colleague’s changes: {fields}'
    },
    conflict: {
      title: 'You and a colleague changed the same fields',
      hint: 'You started from revision {base}; since then {author} saved revision {current}. Choose which value to keep for each field below; every other change merges by itself, nothing is overwritten silently.',
      field: 'Field',
      mine: 'Mine',
      theirs: '{author}’s',
      keepMine: 'Keep mine',
      keepTheirs: 'Keep theirs',
      save: 'Save with these choices',
      saved: 'Merged content saved (revision {revision})',
      empty: '(empty)',
      open: 'Show the conflict'
    },
    history: {
      by: 'saved by {author}'
    },
    key: {
      stateUnlocked:
        'The team key is unlocked on this computer: ID numbers, mobiles, bank accounts and other personal details, and pictures, are encrypted before upload; the server holds ciphertext only.',
      stateLocked:
        'Personal details and pictures in the team database are encrypted with the team key. Enter the team passphrase to unlock it, once on this computer; until then the team’s drafts cannot be opened.',
      stateNone:
        'The team database has no team key: personal details and pictures are kept in plain form on the server. Set a team passphrase and Kaitong encrypts them before upload, so the server holds ciphertext only. Tell the passphrase to the colleagues who need it; a lost passphrase cannot be recovered.',
      passphrase: 'Team passphrase',
      passphraseHint: 'At least 8 characters, case-sensitive',
      repeat: 'Team passphrase again',
      required: 'Enter the team passphrase',
      mismatch: 'The two passphrases differ',
      unlock: 'Unlock',
      create: 'Set team passphrase',
      unlocked: 'Team key unlocked',
      created:
        'Team passphrase set; personal details and pictures in the team database are encrypted'
    }
  }
)
