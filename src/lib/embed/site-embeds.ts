/**
 * The one place embeds read from disk: the changelog and the release archives
 * (through the catalogue's readers, so `$TAKEDOWN_DATA_DIR` is honoured), for
 * the version-pinned embeds. Each collection version is loaded once per build.
 */
import { loadChangelog } from "../catalogue/site-catalogue.ts";
import { dataFileReader, shownDir } from "../data/site-data.ts";
import type { ChartDefinition } from "../charts/core/definition.ts";
import type { Datasets } from "../data/schemas.ts";
import { embedPage, type EmbedPage } from "./embed-page.ts";
import { collectionVersion, collectionVersions, datasetsAt, type CollectionVersion } from "./pinned.ts";
import { LIVE } from "./protocol.ts";

/** Every released collection version, oldest first: one pinned embed per chart and version. */
export function siteCollectionVersions(): CollectionVersion[] {
  return collectionVersions(loadChangelog());
}

const cache = new Map<string, Datasets>();

/** The datasets exactly as published at collection version `version`. */
export function siteDataAt(version: string): Datasets {
  const hit = cache.get(version);
  if (hit) return hit;
  const changelog = loadChangelog();
  const at = collectionVersion(changelog, version);
  const releasedLater = [...new Set(changelog.map((e) => e.dataset))].filter((name) => at.datasets[name] === undefined);
  const data = datasetsAt(at, dataFileReader(), shownDir(), releasedLater);
  cache.set(version, data);
  return data;
}

/** The live embed of `chart`: the site's data, at the latest collection version. */
export function liveEmbedPage(chart: ChartDefinition, data: Datasets): EmbedPage {
  const latest = siteCollectionVersions().at(-1);
  if (!latest) throw new Error("no released collection version");
  return embedPage(chart, data, { version: LIVE, collection: latest.version, date: latest.date }, data);
}
