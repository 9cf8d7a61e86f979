import type { LoaderOptions } from "@medusajs/framework/types"
import { resolvePayloadOptions } from "../options"
import { PayloadModuleOptions } from "../types"

/**
 * Runs when the module loads (server start, `medusa user`, `medusa exec`…;
 * not during the migration step of `db:migrate`). Fails fast with an error
 * that names the missing setting and its env var.
 */
export default async function validatePayloadOptionsLoader({
  options,
}: LoaderOptions<PayloadModuleOptions>) {
  resolvePayloadOptions(options)
}
