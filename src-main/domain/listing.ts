import { z } from 'zod'

/** The mini-program listing, written once and published to the ticked platforms. */
export const Listing = z.object({
  name: z.string().max(200).default('')
})
export type Listing = z.output<typeof Listing>
