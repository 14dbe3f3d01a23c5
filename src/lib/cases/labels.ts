/**
 * Plain words for a case's coded values. Typed as Records over the schema's
 * values, so a new status or platform without a label fails the type check
 * instead of printing a raw code.
 */
import type { Case } from "../data/schemas.ts";

export type CaseStatus = Case["status"];
export type Platform = Case["platforms"][number];

const STATUSES: Readonly<Record<CaseStatus, string>> = {
  arrested: "Arrested",
  charged: "Charged",
  "awaiting-sentence": "Convicted, awaiting sentence",
  sentenced: "Sentenced",
  deported: "Deported",
  "closed-by-admins": "Page closed by its administrators",
  unknown: "Status unknown",
};

const PLATFORM_LABELS: Readonly<Record<Platform, string>> = {
  Facebook: "Facebook",
  Instagram: "Instagram",
  TikTok: "TikTok",
  X: "X",
  YouTube: "YouTube",
  WhatsApp: "WhatsApp",
  Telegram: "Telegram",
  Snapchat: "Snapchat",
  "messaging-apps": "Messaging apps (not named)",
  "social-media": "Social media (not named)",
};

/** Statuses that only follow a conviction in this case: its offences are proved, not alleged. */
export const CONVICTED_STATUSES: readonly CaseStatus[] = ["awaiting-sentence", "sentenced"];

/** `awaiting-sentence` -> "Convicted, awaiting sentence". */
export function statusLabel(status: CaseStatus): string {
  return STATUSES[status];
}

/** `social-media` -> "Social media (not named)"; named platforms keep their names. */
export function platformLabel(platform: Platform): string {
  return PLATFORM_LABELS[platform];
}
