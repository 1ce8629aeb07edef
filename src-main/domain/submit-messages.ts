import type { MessageCatalogue } from './issue'

/** Messages of sending a bundle (src-main/submit): what went wrong and what to do. */
export const SUBMIT_MESSAGES: MessageCatalogue = {
  'submit.export_first': {
    'zh-CN': '请先导出资料包，再提交',
    en: 'Export the bundle first, then send it'
  },
  'submit.export_stale': {
    'zh-CN': '资料在导出后又修改过：请重新导出后再提交',
    en: 'The draft changed after its export: export again before sending'
  },
  'submit.already_approved': {
    'zh-CN': '该申请已通过，不会再次提交',
    en: 'This application is approved: it will not be sent again'
  },
  'submit.already_sent': {
    'zh-CN': '该申请已提交，正在等待平台处理：请用“刷新状态”查看进度',
    en: 'This application was sent and awaits the platform: refresh its status to follow it'
  },
  'submit.sent_by': {
    'zh-CN': '{operator} 已于 {at} 提交了这份申请，不会再次提交：请用“刷新状态”查看进度',
    en: '{operator} already sent this application at {at}: it will not be sent again. Refresh its status to follow it'
  },
  'submit.being_sent': {
    'zh-CN': '{operator} 正在提交这份申请（{at} 开始），不会重复提交：请稍后刷新查看结果',
    en: '{operator} is sending this application (since {at}): it will not be sent twice. Refresh later to see the outcome'
  },
  'submit.team_offline': {
    'zh-CN': '连不上团队数据库：为了不和同事重复提交，恢复连接后才能提交',
    en: 'The team database cannot be reached: to never send what a colleague sends, sending waits until it is back'
  },
  'submit.exported_elsewhere': {
    'zh-CN': '这个资料包是 {operator} 在另一台电脑上导出的：请在这台电脑上重新导出后再提交',
    en: 'This bundle was exported by {operator} on another computer: export it again on this computer, then send'
  },
  'submit.precheck_errors': {
    'zh-CN': '预检还有 {count} 个错误，改正后才能提交',
    en: 'The precheck still has {count} error: correct it before sending | The precheck still has {count} errors: correct them before sending'
  },
  'submit.bundle_missing': {
    'zh-CN': '找不到导出的资料包（{path}）：请重新导出',
    en: 'The exported bundle is missing ({path}): export it again'
  },
  'submit.bundle_damaged': {
    'zh-CN': '资料包已损坏或被改动（{path}）：请重新导出',
    en: 'The bundle is damaged or was changed ({path}): export it again'
  },
  'submit.bundle_key_outdated': {
    'zh-CN': '资料包里的敏感信息是用旧的微信支付公钥（{keyId}）加密的：请重新导出',
    en: 'The bundle’s sensitive fields were encrypted with an older WeChat Pay key ({keyId}): export again'
  },
  'submit.placeholder_unfilled': {
    'zh-CN': '资料包中有一项待填的值没有得到平台返回的编号：请重新导出后再提交',
    en: 'A value of the bundle was not filled by the platform’s answer: export again and send'
  },
  'submit.platform_key_missing': {
    'zh-CN': '缺少微信支付平台公钥，无法加密敏感信息：请在设置中填写',
    en: 'The WeChat Pay platform key is missing, so sensitive fields cannot be encrypted: add it in Settings'
  },
  'submit.nothing_to_query': {
    'zh-CN': '这次申请还没有平台编号，无法查询状态',
    en: 'This application has no platform number yet, so its status cannot be queried'
  },
  'submit.profile_missing': {
    'zh-CN': '没有名为“{profile}”的提交账户：请先在设置中填写服务商资料',
    en: 'There is no sending profile named “{profile}”: enter the service provider’s credentials in Settings first'
  },
  'submit.confirm_merchant': {
    'zh-CN': '请输入商户名称“{merchant}”以确认提交',
    en: 'Type the merchant’s name “{merchant}” to confirm sending'
  },
  'submit.confirm_production': {
    'zh-CN':
      '这是正式环境（只有支付宝有沙箱；微信支付和微信、抖音、百度小程序没有），提交后即为真实申请：请再次确认',
    en: 'This is production (only Alipay has a sandbox; WeChat Pay and the WeChat, Douyin and Baidu mini-program platforms have none): the application will be real. Confirm once more'
  },
  'submit.signature_rejected': {
    'zh-CN':
      '平台拒绝了签名（{code}）：商户私钥与平台登记的证书序列号或应用公钥不匹配，请核对设置中的私钥和序列号',
    en: 'The platform refused the signature ({code}): the private key does not match the serial or app key it holds. Check the key and serial in Settings'
  },
  'submit.clock_skew': {
    'zh-CN': '本机时间与平台相差太多（{code}）：请校准电脑时间后再试',
    en: 'This computer’s clock differs too much from the platform’s ({code}): set the clock right and try again'
  },
  'submit.answer_signature': {
    'zh-CN': '平台应答的签名验证失败：设置中的平台公钥可能不对或已更换',
    en: 'The platform’s answer failed its signature check: the platform key in Settings may be wrong or replaced'
  },
  'submit.answer_key_unknown': {
    'zh-CN': '平台用了一把设置中没有的公钥应答：请更新平台公钥或平台证书',
    en: 'The platform answered with a key Settings does not hold: update the platform key or certificate'
  },
  'submit.platform_unavailable': {
    'zh-CN': '平台暂时无法处理（{code}），已多次重试：稍后再提交，已完成的步骤不会重复发送',
    en: 'The platform could not take it just now ({code}) after several tries: send again later; finished steps are not sent twice'
  },
  'submit.rejected': {
    'zh-CN': '平台拒绝了申请：{reason}',
    en: 'The platform refused the application: {reason}'
  },
  'submit.cred_missing': {
    'zh-CN': '提交账户里没有该平台的服务商资料',
    en: 'The sending profile has no credentials for this platform'
  },
  'submit.cred_mchid_format': {
    'zh-CN': '服务商商户号应为 8 到 10 位数字',
    en: 'The service provider’s merchant number is 8 to 10 digits'
  },
  'submit.cred_serial_format': {
    'zh-CN': '商户证书序列号应为十六进制字符（证书详情中的“序列号”）',
    en: 'The merchant certificate serial is hexadecimal (the certificate’s “serial number”)'
  },
  'submit.cred_serial_mismatch': {
    'zh-CN': '填写的序列号 {serial} 与商户证书的序列号 {certificate} 不一致',
    en: 'The serial {serial} is not the merchant certificate’s ({certificate})'
  },
  'submit.cred_key_mismatch': {
    'zh-CN': '商户私钥与商户证书不是一对：请使用与证书一起下载的 apiclient_key.pem',
    en: 'The merchant private key does not belong to the certificate: use the apiclient_key.pem downloaded with it'
  },
  'submit.cred_not_private_key': {
    'zh-CN': '这里需要私钥，填入的是公钥或证书',
    en: 'A private key belongs here; this is a public key or certificate'
  },
  'submit.cred_not_public_key': {
    'zh-CN': '这里需要公钥，填入的是私钥：私钥不要填在这里',
    en: 'A public key belongs here; this is a private key — do not put it here'
  },
  'submit.cred_key_unreadable': {
    'zh-CN': '读不出这把密钥：请粘贴完整的 PEM 内容或支付宝开放平台给出的密钥字符串',
    en: 'This key cannot be read: paste the whole PEM or the key text Alipay’s console gave'
  },
  'submit.cred_wrong_key_type': {
    'zh-CN': '密钥类型是 {type}，平台要求 RSA 密钥',
    en: 'The key is of type {type}; the platform requires an RSA key'
  },
  'submit.cred_platform_key_is_merchant': {
    'zh-CN':
      '平台公钥编号与商户证书序列号相同：平台公钥应从微信支付商户平台下载，不是商户自己的证书',
    en: 'The platform key id equals the merchant serial: the platform key comes from WeChat Pay, not the merchant’s own certificate'
  },
  'submit.cred_api_v3_key_length': {
    'zh-CN': 'APIv3 密钥应为 32 个字符',
    en: 'The API v3 key is 32 characters'
  },
  'submit.cred_app_id_format': {
    'zh-CN': '支付宝应用 ID 应为 16 位数字',
    en: 'The Alipay app id is 16 digits'
  },
  'submit.cred_alipay_key_is_app_key': {
    'zh-CN': '填入的是应用公钥，不是支付宝公钥：请在开放平台“接口加签方式”中复制“支付宝公钥”',
    en: 'This is the app’s own public key, not Alipay’s: copy the “Alipay public key” from the console’s signing settings'
  },
  'submit.waiting': {
    'zh-CN':
      '平台还在处理上一步（{code}：{reason}）：等审核或检测完成后再次提交，会从这一步继续，已完成的步骤不会重复发送',
    en: 'The platform is still on an earlier step ({code}: {reason}): send again once its review or check is done; it goes on from there and finished steps are not sent twice'
  },
  'submit.token_rejected': {
    'zh-CN':
      '平台不接受这个授权令牌（{code}）：令牌已过期、被撤销，或不是该商户小程序的令牌。请更新提交账户中的令牌或检查令牌服务',
    en: 'The platform refused the access token ({code}): it expired, was revoked or is not this merchant’s. Update the token in the sending profile or check the token service'
  },
  'submit.token_missing': {
    'zh-CN':
      '提交账户中没有该商户（统一社会信用代码 {merchant}）的小程序授权令牌，也没有设置令牌服务地址',
    en: 'The sending profile has no access token for this merchant (credit code {merchant}) and no token service'
  },
  'submit.token_service_unreachable': {
    'zh-CN': '连不上令牌服务 {host}：请检查网络或服务商的令牌服务是否在运行',
    en: 'The token service {host} cannot be reached: check the network and that the agency’s token service is running'
  },
  'submit.token_service_refused': {
    'zh-CN':
      '令牌服务没有给出该商户（{merchant}）的令牌（HTTP {status}）：请确认该商户已授权服务商，且令牌服务的密钥正确',
    en: 'The token service gave no token for this merchant ({merchant}, HTTP {status}): check that the merchant authorised the agency and the service secret is right'
  },
  'submit.token_service_url': {
    'zh-CN': '令牌服务地址不是有效的网址（应以 https:// 开头）',
    en: 'The token service address is not a valid URL (it starts with https://)'
  },
  'submit.app_auth_token_missing': {
    'zh-CN':
      '代商户提交支付宝小程序需要该商户的 app_auth_token（商户授权服务商应用后获得）：请在提交账户中按统一社会信用代码填入',
    en: 'Sending an Alipay mini program for a merchant needs that merchant’s app_auth_token (from authorising the agency’s app): add it to the sending profile under the merchant’s credit code'
  },
  'submit.cred_certificate_unreadable': {
    'zh-CN': '读不出这张证书：请粘贴完整的 .crt 文件内容（以 -----BEGIN CERTIFICATE----- 开头）',
    en: 'This certificate cannot be read: paste the whole .crt file (it starts with -----BEGIN CERTIFICATE-----)'
  },
  'submit.cred_certificates_incomplete': {
    'zh-CN': '公钥证书模式需要三张证书：应用公钥证书、支付宝公钥证书和支付宝根证书',
    en: 'Certificate mode needs all three: the app certificate, the Alipay certificate and the Alipay root certificate'
  },
  'submit.cred_app_certificate_mismatch': {
    'zh-CN': '应用公钥证书与应用私钥不是一对：请使用与该私钥一起生成并上传的证书',
    en: 'The app certificate does not belong to the app private key: use the certificate issued for this key'
  },
  'submit.cred_certificate_expired': {
    'zh-CN': '证书已于 {date} 过期：请在支付宝开放平台重新下载',
    en: 'The certificate expired on {date}: download it again from Alipay’s console'
  }
}
