/**
 * CITATION.cff (Citation File Format 1.2.0) for a dataset version or the whole
 * collection, read by GitHub, Zenodo and reference managers. Strings are
 * written as JSON strings, which YAML reads as double-quoted scalars, so no
 * title or description can break the file.
 */
import { AUTHOR, LICENCE } from "../identity/site.ts";
import type { CitationSubject } from "./dataset-citations.ts";

export interface CffSubject extends CitationSubject {
  readonly abstract: string;
  readonly keywords: readonly string[];
}

const q = (text: string) => JSON.stringify(text);

export function citationCff(s: CffSubject): string {
  const lines = [
    "cff-version: 1.2.0",
    `message: ${q("If you use this dataset, please cite it as below.")}`,
    "type: dataset",
    `title: ${q(s.title)}`,
    `version: ${q(s.version)}`,
    `date-released: ${s.date}`,
    "authors:",
    `  - name: ${q(AUTHOR)}`,
    `license: ${LICENCE.spdx}`,
    `url: ${q(s.pageUrl)}`,
    ...(s.fileUrl === null ? [] : [`repository-artifact: ${q(s.fileUrl)}`]),
    `abstract: ${q(s.abstract)}`,
    "keywords:",
    ...s.keywords.map((k) => `  - ${q(k)}`),
  ];
  return `${lines.join("\n")}\n`;
}
