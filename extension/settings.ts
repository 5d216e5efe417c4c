// The extension's settings, kept in chrome.storage.local and parsed on every read.
import { z } from 'zod';

/** Where `npm start` serves the PWA. */
export const DEFAULT_PWA_URL = 'http://127.0.0.1:4173/';

export const SettingsSchema = z.object({
  pwaUrl: z.url({ protocol: /^https?$/ }).default(DEFAULT_PWA_URL),
});
export type Settings = z.infer<typeof SettingsSchema>;

export function parseSettings(raw: unknown): Settings {
  const r = SettingsSchema.safeParse(raw ?? {});
  return r.success ? r.data : SettingsSchema.parse({});
}
