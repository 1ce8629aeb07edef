import type { OpenedApp } from '../../src-main/api'
import { call } from './complete-draft'

/** Polls until `check` passes (live changes arrive a moment after the other app's commit). */
export async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean
): Promise<T> {
  for (let tries = 0; ; tries++) {
    const value = await read()
    if (check(value) || tries > 100) return value
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** The error a method call was refused with (throws when it was not refused). */
export async function refusedWith(app: OpenedApp, method: string, input: unknown) {
  const result = await app.router.dispatch(method, input)
  if (result.ok) throw new Error(`${method} was not refused`)
  return result.error
}

/** Zhao (the store's owner) and Lin, two apps with their own data folders, on the team store at `urls`. */
export async function twoOperatorsOn(
  urls: { zhao: string; lin: string; role: string },
  open: () => OpenedApp
) {
  const zhao = open()
  const lin = open()
  await call(zhao, 'team.use', { url: urls.zhao })
  await call(lin, 'team.use', { url: urls.lin })
  return { zhao, lin, role: urls.role, urls }
}
