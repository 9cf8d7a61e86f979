// Next.js config for the OPT-IN admin UI only (`stack/up --admin-ui`); the default stack
// serves Payload through dist-standalone/server.mjs and never reads this file.
import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Next type-checks with its own tsconfig: tsconfig.json stays NodeNext for `npm run typecheck`
  // and the esbuild bundle, and Next would otherwise rewrite it.
  typescript: { tsconfigPath: 'tsconfig.next.json' },
  webpack: (webpackConfig) => {
    // the sources import './x.js' for NodeNext; let webpack find the .ts/.tsx files
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
