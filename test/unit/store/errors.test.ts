import { describe, expect, it } from 'vitest'
import { storageFailure } from '../../../src-main/store/errors'

describe('storageFailure', () => {
  it.each([
    ['SQLITE_FULL', 'store.disk_full'],
    ['ENOSPC', 'store.disk_full'],
    ['SQLITE_IOERR_WRITE', 'store.io_error'],
    ['SQLITE_READONLY_DBMOVED', 'store.read_only'],
    ['EACCES', 'store.no_permission'],
    ['SQLITE_BUSY', 'store.busy']
  ])('names %s as %s', (code, expected) => {
    expect(storageFailure(Object.assign(new Error('x'), { code }))?.code).toBe(expected)
  })

  it('leaves other failures to the router as internal errors', () => {
    expect(storageFailure(new TypeError('bug'))).toBeUndefined()
    expect(
      storageFailure(Object.assign(new Error('x'), { code: 'SQLITE_FULLISH' }))
    ).toBeUndefined()
  })
})
