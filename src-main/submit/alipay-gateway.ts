import { AlipayFormData, AlipayRequestError, AlipaySdk } from 'alipay-sdk'
import { KaitongError } from '../api/result'
import { ALIPAY_GATEWAY } from '../platforms/alipay-gateway'
import { text } from '../platforms/status/answers'
import type { AlipayCredentials } from './credentials'
import { GatewayFailure, type PlatformGateway, type StepAnswer } from './gateway'

const ZFT_QUERY = 'ant.merchant.expand.indirect.zftorder.query'
const AGENT_QUERY = 'alipay.open.agent.order.query'
const MINI_VERSION_DETAIL = 'alipay.open.mini.version.detail.query'
/** Alipay's sandbox gateway (open.alipay.com 沙箱环境). */
export const ALIPAY_SANDBOX_GATEWAY = 'https://openapi-sandbox.dl.alipaydev.com/gateway.do'

/** Sub-codes that mean our signature or time, not the merchant's content (§8.3). */
const SIGNATURE_SUB_CODES = ['isv.invalid-signature', 'isv.invalid-app-id']
const CLOCK_SUB_CODES = ['isv.invalid-timestamp']
/** `20000` service unavailable, `aop.ACQ.SYSTEM_ERROR`-style sub-codes: try again later. */
const TRANSIENT_CODES = ['20000']

/** An Alipay answer (`code` not 10000) in the runner's terms; the rest is the business. */
function answerFailure(answer: Record<string, unknown>): GatewayFailure | undefined {
  const code = text(answer['code']) ?? ''
  if (code === '10000') return undefined
  const subCode = text(answer['sub_code']) ?? ''
  const message = text(answer['sub_msg']) ?? text(answer['msg']) ?? code
  const traceId = text(answer['traceId']) ?? ''
  if (TRANSIENT_CODES.includes(code) || /SYSTEM_ERROR/i.test(subCode)) {
    return new GatewayFailure('transient', subCode || code, message, traceId)
  }
  if (SIGNATURE_SUB_CODES.includes(subCode)) {
    return new GatewayFailure('signature', subCode, message, traceId)
  }
  if (CLOCK_SUB_CODES.includes(subCode)) {
    return new GatewayFailure('clock', subCode, message, traceId)
  }
  // A base-information change still in review (an audit.apply `waitFor`), reported as an
  // unknown sub-code naming it (failure-modes.md row 2): wait, do not reject.
  if (/MINI_APP_INFO_AUDIT_CONTAINS/.test(`${subCode} ${message}`)) {
    return new GatewayFailure('waiting', 'MINI_APP_INFO_AUDIT_CONTAINS', message, traceId)
  }
  return new GatewayFailure('business', subCode || code, message, traceId)
}

/** The SDK's own errors: transport failures and HTTP statuses retry, a bad answer signature does not. */
function sdkFailure(error: unknown): GatewayFailure {
  if (!(error instanceof AlipayRequestError)) {
    return new GatewayFailure('transient', 'UNKNOWN', String(error))
  }
  const traceId = error.traceId ?? ''
  if (/验签/.test(error.message)) {
    return new GatewayFailure('answerSignature', 'SIGN', error.message, traceId)
  }
  return new GatewayFailure('transient', 'HTTP', error.message, traceId)
}

export interface AlipayGatewayOptions {
  credentials: AlipayCredentials
  sandbox: boolean
  timeoutMs?: number
  /** The merchant's app_auth_token, for calls whose transport names it (mini programs). */
  appAuthToken?: string
}

/**
 * Alipay's open gateway through alipay-sdk: it signs the common parameters and text fields
 * with RSA2 and verifies every answer's signature with the Alipay public key. Answers keep
 * the platform's snake_case names, the ones the bundle's placeholders name.
 */
export function createAlipayGateway(options: AlipayGatewayOptions): PlatformGateway {
  const { credentials } = options
  const certificates = credentials.certificates
  const sdk = new AlipaySdk({
    appId: credentials.appId,
    privateKey: credentials.appPrivateKey,
    keyType: 'PKCS8',
    // Certificate mode: the SDK sends app_cert_sn / alipay_root_cert_sn and verifies
    // answers with the key of the Alipay certificate.
    ...(certificates
      ? {
          appCertContent: certificates.app,
          alipayPublicCertContent: certificates.alipay,
          alipayRootCertContent: certificates.root
        }
      : { alipayPublicKey: credentials.alipayPublicKey }),
    gateway: credentials.gateway ?? (options.sandbox ? ALIPAY_SANDBOX_GATEWAY : ALIPAY_GATEWAY),
    timeout: options.timeoutMs ?? 30_000,
    camelcase: false
  })
  async function exec(
    method: string,
    params: Record<string, unknown>,
    form?: AlipayFormData
  ): Promise<StepAnswer> {
    let answer: Record<string, unknown>
    try {
      answer = await sdk.exec(method, params, {
        validateSign: true,
        ...(form ? { formData: form } : {})
      })
    } catch (error) {
      throw sdkFailure(error)
    }
    const failure = answerFailure(answer)
    if (failure) throw failure
    return { requestId: text(answer['traceId']) ?? '', answer }
  }
  return {
    mediaIdOf: (answer) => answer['image_id'],
    upload() {
      // Every Alipay picture is uploaded by a call of the bundle's own plan.
      throw new KaitongError('submit.bundle_damaged', { path: 'mediaToUpload' })
    },
    async send(ready) {
      const transport = ready.payload.transport
      if (!transport) throw new KaitongError('submit.bundle_damaged', { path: ready.file })
      const forMerchant = transport.commonParameters.some((item) => item.name === 'app_auth_token')
      if (forMerchant && !options.appAuthToken) {
        throw new KaitongError('submit.app_auth_token_missing')
      }
      const common = forMerchant ? { appAuthToken: options.appAuthToken } : {}
      if (transport.body === 'multipart') {
        const form = new AlipayFormData()
        // The SDK's multipart path signs form fields only, and moves app_auth_token to the query.
        if (options.appAuthToken && forMerchant)
          form.addField('app_auth_token', options.appAuthToken)
        for (const [name, value] of Object.entries(ready.body)) form.addField(name, value)
        for (const file of ready.files) {
          form.addFile(
            file.field,
            file.path.slice(file.path.lastIndexOf('/') + 1),
            Buffer.from(file.bytes)
          )
        }
        return exec(transport.method, {}, form)
      }
      return exec(transport.method, { ...common, bizContent: ready.body })
    },
    async query(ids) {
      // A mini program's version (alipay-mp): its detail, asked on the merchant's behalf.
      if (ids.version) {
        if (!options.appAuthToken) throw new KaitongError('submit.app_auth_token_missing')
        return exec(MINI_VERSION_DETAIL, {
          appAuthToken: options.appAuthToken,
          bizContent: { app_version: ids.version }
        })
      }
      if (ids.batchNo) return exec(AGENT_QUERY, { bizContent: { batch_no: ids.batchNo } })
      if (ids.orderId) return exec(ZFT_QUERY, { bizContent: { order_id: ids.orderId } })
      throw new KaitongError('submit.nothing_to_query')
    }
  }
}
