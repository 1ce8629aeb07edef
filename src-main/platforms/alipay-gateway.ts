import type { BundlePart, CallTransport, TransportParameter } from './adapter'

/**
 * The Alipay open gateway (OpenAPI v2) as a sender follows it, for every Alipay call Kaitong
 * plans (payment-onboarding.md §8.1–§8.2; alipay-sdk-nodejs `sign()` and `exec()`, Java
 * `WebUtils`): one POST to the gateway; the common parameters in the query string; a JSON
 * call's body as the `biz_content` form parameter, a call with files as multipart/form-data
 * with each text field and each file its own part. The v3 REST paths sign differently and
 * are not used.
 */
export const ALIPAY_GATEWAY = 'https://openapi.alipay.com/gateway.do'

const FORM = 'application/x-www-form-urlencoded; charset=utf-8'
const MULTIPART = 'multipart/form-data'

/**
 * `app_auth_token` is sent when a third-party app calls for a merchant that authorised it
 * (mini program listing); ZFT and 代签约 are the service provider's own calls.
 */
export function alipayTransport(
  part: BundlePart,
  options: { actingForMerchant: boolean }
): CallTransport {
  const multipart = part.contentType === 'multipart'
  const parameters: TransportParameter[] = [
    { name: 'app_id', supply: 'the service provider’s Alipay application id' },
    { name: 'method', value: part.endpoint },
    { name: 'charset', value: 'utf-8' },
    { name: 'sign_type', value: 'RSA2' },
    { name: 'timestamp', supply: 'the sending time, yyyy-MM-dd HH:mm:ss, Beijing time' },
    { name: 'version', value: '1.0' },
    ...(options.actingForMerchant
      ? [{ name: 'app_auth_token', supply: 'the token the merchant’s authorisation returned' }]
      : []),
    {
      name: 'sign',
      supply:
        'RSA2 (SHA256withRSA, base64) over every other parameter and text field but sign, files excluded, sorted by name, joined key=value with &'
    }
  ]
  return {
    protocol: 'alipay-gateway-v2',
    httpMethod: 'POST',
    url: ALIPAY_GATEWAY,
    method: part.endpoint,
    body: multipart ? 'multipart' : 'biz_content',
    contentType: multipart ? MULTIPART : FORM,
    commonParametersIn: 'query',
    commonParameters: parameters
  }
}
