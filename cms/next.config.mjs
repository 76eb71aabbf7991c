import { withPayload } from '@payloadcms/next/withPayload';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The content schemas are TypeScript source in a workspace package.
  transpilePackages: ['@sundhed/content'],
};

export default withPayload(nextConfig, { devBundleServerPackages: false });
