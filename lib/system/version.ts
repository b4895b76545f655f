import packageJson from "@/package.json";

export interface AppVersion {
  version: string;
  /** The git commit the build was made from, when the build knew it. */
  commit?: string;
}

/** This build's version: package.json's, and the commit next.config.mjs recorded at build time. */
export function appVersion(): AppVersion {
  const commit = process.env.UNI_CHAT_COMMIT;
  return commit ? { version: packageJson.version, commit } : { version: packageJson.version };
}
